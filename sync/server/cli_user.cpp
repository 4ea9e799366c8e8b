#include "commands.h"

#include <QTextStream>

int Commands::user(const QStringList &)
{
    QTextStream(stderr) << "enhetspuls-server user: not built yet\n";
    return 3;
}
