#pragma once
// Import of CSV files from the app (the same importers as `enhetspuls-server import`). On a
// device without a server every kind can be imported; on a device that syncs, the figures
// that come from the HR and economy systems are imported centrally on the server, so only
// what a manager writes (comments, actions) can be imported here.
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <functional>

class Editor;
class HlcClock;
class Store;

class DataImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY kindsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)

public:
    // Reloads `editor` after an import; `hasServer` tells whether the device syncs with a
    // server (checked at each import).
    DataImport(Store &store, HlcClock &clock, Editor *editor, std::function<bool()> hasServer,
               QObject *parent = nullptr);
    ~DataImport() override;

    // The instance main() built (an inert one when none was built); what QML gets.
    static DataImport *instance();
    static DataImport *create(QQmlEngine *, QJSEngine *);

    // [{key, label, allowed}] for the kind chooser, in load order.
    QVariantList kinds() const;
    // The outcome of the last import in plain words ("file:line: reason" on a bad file).
    QString message() const { return m_message; }
    bool ok() const { return m_ok; }

    // Imports `file` (a local path or file: URL) as `kind`: all of it or nothing.
    Q_INVOKABLE bool importFile(const QString &kind, const QUrl &file);
    // Whether `kind` may be imported on this device now.
    Q_INVOKABLE bool allowed(const QString &kind) const;

signals:
    void kindsChanged();
    void messageChanged();

private:
    explicit DataImport(QObject *parent = nullptr); // inert
    bool finish(bool ok, const QString &message);

    Store *m_store = nullptr;
    HlcClock *m_clock = nullptr;
    Editor *m_editor = nullptr;
    std::function<bool()> m_hasServer;
    QString m_message;
    bool m_ok = false;
};
