#include "commands.h"

#include "database.h"
#include "httpapi.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QTextStream>
#include <csignal>
#include <type_traits>

namespace {
void quitOnSignal(int)
{
    QCoreApplication::quit();
}
} // namespace

int Commands::serve(const QStringList &arguments)
{
    QStringList args = arguments;
    QTextStream err(stderr);
    HttpConfig config;
    config.dbSpec = Commands::takeOption(args, QStringLiteral("--db"));
    const QString listen = Commands::takeOption(args, QStringLiteral("--listen"));
    config.tlsCert = Commands::takeOption(args, QStringLiteral("--tls-cert"));
    config.tlsKey = Commands::takeOption(args, QStringLiteral("--tls-key"));
    const QString ttl = Commands::takeOption(args, QStringLiteral("--token-ttl"));
    const QString threads = Commands::takeOption(args, QStringLiteral("--threads"));
    const QString maxBody = Commands::takeOption(args, QStringLiteral("--max-body"));
    const QString maxHeader = Commands::takeOption(args, QStringLiteral("--max-header"));
    const QString maxConnections = Commands::takeOption(args, QStringLiteral("--max-connections"));
    const QString maxPerPeer = Commands::takeOption(args, QStringLiteral("--max-connections-per-peer"));
    const QString maxBuffered = Commands::takeOption(args, QStringLiteral("--max-buffered"));
    const QString maxPageBytes = Commands::takeOption(args, QStringLiteral("--max-page-bytes"));
    const QString headerTimeout = Commands::takeOption(args, QStringLiteral("--header-timeout"));
    const QString idleTimeout = Commands::takeOption(args, QStringLiteral("--idle-timeout"));
    const QString bodyTimeout = Commands::takeOption(args, QStringLiteral("--body-timeout"));
    if (config.dbSpec.isEmpty() || listen.isEmpty() || !args.isEmpty()) {
        err << "usage: enhetspuls-server serve --db DB --listen HOST:PORT [--tls-cert F --tls-key F]\n"
               "       [--token-ttl SECONDS] [--threads N] [--max-body BYTES] [--max-header BYTES]\n"
               "       [--max-connections N] [--max-connections-per-peer N] [--max-buffered BYTES]\n"
               "       [--max-page-bytes BYTES]\n"
               "       [--header-timeout S] [--idle-timeout S] [--body-timeout S]\n";
        return 2;
    }
    // A limit given: a positive number (seconds may have decimals), else a clear refusal.
    bool limitsOk = true;
    auto number = [&](const QString &option, const QString &text, double scale, auto &target) {
        if (text.isEmpty())
            return;
        bool ok = false;
        const double v = text.toDouble(&ok) * scale;
        if (!ok || !(v >= 1 && v <= 2e9)) { // written so that NaN ("nan" parses) is refused too
            err << option << " needs a positive number, not \"" << text << "\"\n";
            limitsOk = false;
            return;
        }
        target = std::remove_reference_t<decltype(target)>(v);
    };
    number(QStringLiteral("--max-header"), maxHeader, 1, config.maxHeaderBytes);
    number(QStringLiteral("--max-connections"), maxConnections, 1, config.maxConnections);
    number(QStringLiteral("--max-connections-per-peer"), maxPerPeer, 1, config.maxConnectionsPerPeer);
    number(QStringLiteral("--max-buffered"), maxBuffered, 1, config.maxBufferedBodyBytes);
    number(QStringLiteral("--max-page-bytes"), maxPageBytes, 1, config.maxPageBytes);
    number(QStringLiteral("--header-timeout"), headerTimeout, 1000, config.headerTimeoutMs);
    number(QStringLiteral("--idle-timeout"), idleTimeout, 1000, config.idleTimeoutMs);
    number(QStringLiteral("--body-timeout"), bodyTimeout, 1000, config.bodyTimeoutMs);
    if (!limitsOk)
        return 2;
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    config.address = QHostAddress(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || config.address.isNull()) {
        err << "--listen needs HOST:PORT with an IP address, e.g. 127.0.0.1:8443\n";
        return 2;
    }
    config.port = quint16(port);
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty()) {
        err << "--tls-cert and --tls-key go together\n";
        return 2;
    }
    if (!ttl.isEmpty())
        config.tokenTtlSeconds = qMax(1, ttl.toInt());
    if (!threads.isEmpty())
        config.threads = threads.toInt();
    if (!maxBody.isEmpty())
        config.maxBodyBytes = maxBody.toLongLong();

    QString error;
    {
        // Migrate once before the request threads open their own connections.
        auto db = Database::open(config.dbSpec, &error);
        if (!db) {
            err << "enhetspuls-server: " << error << "\n";
            return 1;
        }
        SyncService(*db).epoch();
    }
    HttpApi api(config);
    if (!api.start(&error)) {
        err << "enhetspuls-server: " << error << "\n";
        return 1;
    }
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    QTextStream(stdout) << "listening on " << config.address.toString() << ":" << api.port()
                        << (config.tlsCert.isEmpty() ? "" : " (TLS)") << Qt::endl;
    return QCoreApplication::exec();
}
