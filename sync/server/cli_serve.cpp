#include "commands.h"

#include <QTextStream>

int Commands::serve(const QStringList &)
{
    QTextStream(stderr) << "enhetspuls-server serve: not built yet\n";
    return 3;
}
