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
} // namespace Commands
