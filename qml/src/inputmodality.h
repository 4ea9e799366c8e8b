#pragma once
// Whether the user is working the app with the keyboard just now: true after a key press, false
// after a press of a mouse, finger or pen. The focus ring shows the keyboard focus while it is
// true, also where Qt gives the focus no keyboard reason (a list's row reached with the arrows).
#include <QObject>
#include <QQmlEngine>

class InputModality : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool keyboard READ keyboard NOTIFY keyboardChanged)
public:
    explicit InputModality(QObject *parent = nullptr);
    bool keyboard() const { return m_keyboard; }

signals:
    void keyboardChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_keyboard = false;
};
