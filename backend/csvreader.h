#pragma once
// A small CSV reader for the import formats: UTF-8 with or without BOM, else Windows-1252
// (Excel's "CSV (semikolonavgränsad)" on Windows, many payroll and ledger exports), ';' or ',' separated
// (detected from the header row), RFC 4180 quoting, and Swedish number parsing.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct CsvRow
{
    int line = 0;        // 1-based line number where the record starts
    QStringList cells;
};

struct CsvTable
{
    QChar separator;
    int headerLine = 1;
    QStringList header;
    QList<CsvRow> rows;  // data rows; blank lines are skipped
};

namespace Csv {
// Reads and parses a whole file. On failure returns false and sets *error to "LINE: reason"
// relative to the file (the caller prefixes the file name). *encoding (if given) is set to
// "UTF-8" or "Windows-1252".
bool readFile(const QString &path, CsvTable *table, int *errorLine, QString *error,
              QString *encoding = nullptr);
// Decodes file bytes: UTF-8 (a BOM is dropped) when valid, else Windows-1252. Fails with the
// 1-based line of the first byte that is neither (0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined
// in Windows-1252) and sets *windows1252 to which encoding was used.
bool decode(QByteArray bytes, QString *text, bool *windows1252, int *errorLine);
// Parses text already decoded (used by readFile and the tests).
bool parse(const QString &text, CsvTable *table, int *errorLine, QString *error);
// Parses a number: decimal comma or point, spaces / no-break spaces as thousands separators,
// '−' (U+2212) or '-' as minus. Empty text gives an empty optional with *ok = true.
std::optional<double> parseNumber(const QString &text, bool *ok);
// Text from a file made safe to print in an error message: control and format characters
// (ESC, CR, NUL, bidi overrides, ...) shown as \u001b etc., so an error about a cell cannot
// drive the terminal or reorder what it shows.
QString printable(const QString &text);
// Lower-cases and folds å/ä→a, ö→o, é→e so "Förälder" matches "foralder".
QString fold(const QString &text);
// fold() with spaces as underscores: the form of stored keys ("Ej påbörjad" -> "ej_paborjad").
QString key(const QString &text);
} // namespace Csv
