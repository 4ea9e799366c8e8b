#pragma once
#include <QStringList>

// Sub-commands of enhetspuls-server. Each takes the arguments after its name and returns the
// process exit code; errors go to stderr.
namespace Commands {
int import(const QStringList &args);
int report(const QStringList &args);
int serve(const QStringList &args);
int user(const QStringList &args);
int epoch(const QStringList &args);
// `export`: the report as PDF, ODT or XLSX (needs a QGuiApplication).
int exportReport(const QStringList &args);
// `minutes`: one APT meeting's minnesanteckningar as a PDF (needs a QGuiApplication).
int minutes(const QStringList &args);
// `round create|list`: report rounds (rapporttillfällen).
int round(const QStringList &args);

// Removes "NAME VALUE" from args and returns VALUE; a null string when NAME has no value.
inline QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return QString();
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}
} // namespace Commands
