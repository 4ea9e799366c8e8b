#include "commands.h"

#include <QTextStream>

int Commands::report(const QStringList &)
{
    QTextStream(stderr) << "enhetspuls-server report: not built yet\n";
    return 3;
}
