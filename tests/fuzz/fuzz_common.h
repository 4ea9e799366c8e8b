#pragma once
// Shared by the fuzz targets: a quiet Qt (no message output: the targets feed garbage on
// purpose), a QCoreApplication for the code that wants one, and a scratch folder.
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace Fuzz {
inline void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

// Called once per process before the first input.
inline QTemporaryDir &setUp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        qInstallMessageHandler(quiet);
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
    static QTemporaryDir dir;
    return dir;
}
} // namespace Fuzz
