#include "inputmodality.h"

#include <QEvent>
#include <QGuiApplication>

InputModality::InputModality(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool InputModality::eventFilter(QObject *watched, QEvent *event)
{
    bool keyboard = m_keyboard;
    switch (event->type()) {
    case QEvent::KeyPress: keyboard = true; break;
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TabletPress: keyboard = false; break;
    default: break;
    }
    if (keyboard != m_keyboard) {
        m_keyboard = keyboard;
        emit keyboardChanged();
    }
    return QObject::eventFilter(watched, event);
}
