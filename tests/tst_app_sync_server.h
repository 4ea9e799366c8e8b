#pragma once
// Shared by the app's sync tests: a real enhetspuls-server on a free loopback port with the
// demo data imported through the CLI and one enhetschef granted the whole förvaltning (SOC).
#include "sync/testserver.h"

#include <QtTest>

namespace AppSyncTest {

inline const QString kUser = QStringLiteral("chef");
inline const QString kPassword = QStringLiteral("hemligt-lösen-1");

// Imports assets/demo into a new SQLite server database in `dir` and adds the user.
inline bool prepareServer(const QTemporaryDir &dir, QString *spec)
{
    using TestSupport::runCli;
    *spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    const QString demo = QStringLiteral(ENHETSPULS_SOURCE_DIR "/assets/demo/");
    for (const char *kind : {"units", "goals", "indicators", "targets", "values", "sickleave", "budget", "actions", "comments"}) {
        const QString k = QString::fromLatin1(kind);
        if (!runCli({QStringLiteral("import"), QStringLiteral("--db"), *spec, k, demo + k + QStringLiteral(".csv")}))
            return false;
    }
    return runCli({QStringLiteral("user"), QStringLiteral("add"), kUser, QStringLiteral("--role"),
                   QStringLiteral("enhetschef"), QStringLiteral("--db"), *spec}, kPassword.toUtf8() + "\n")
        && runCli({QStringLiteral("user"), QStringLiteral("grant"), kUser, QStringLiteral("SOC"),
                   QStringLiteral("--db"), *spec});
}
} // namespace AppSyncTest
