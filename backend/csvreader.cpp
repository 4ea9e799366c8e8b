#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <cmath>

namespace {
// Chooses the separator from the header line: ';' when it has any (outside quotes), else ','.
QChar detectSeparator(const QString &text)
{
    bool quoted = false;
    int semicolons = 0, commas = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
    }
    return semicolons > 0 || commas == 0 ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

bool Csv::decode(QByteArray bytes, QString *text, bool *windows1252, int *errorLine)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8.decode(bytes);
    *windows1252 = false;
    if (!utf8.hasError())
        return true;
    // Windows-1252 is Latin-1 except for 0x80–0x9F; five of those bytes are undefined.
    static const char16_t k80to9F[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    text->clear();
    text->reserve(bytes.size());
    int line = 1;
    for (const char ch : std::as_const(bytes)) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t u = b;
        if (b >= 0x80 && b <= 0x9F) {
            u = k80to9F[b - 0x80];
            if (u == 0) {
                *errorLine = line;
                text->clear();
                return false;
            }
        }
        if (b == '\n')
            ++line;
        text->append(QChar(u));
    }
    *windows1252 = true;
    return true;
}

bool Csv::readFile(const QString &path, CsvTable *table, int *errorLine, QString *error, QString *encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errorLine = 0;
        *error = QCoreApplication::translate("Import", "cannot open: %1").arg(f.errorString());
        return false;
    }
    QString text;
    bool windows1252 = false;
    if (!decode(f.readAll(), &text, &windows1252, errorLine)) {
        *error = QCoreApplication::translate("Import", "neither UTF-8 nor Windows-1252 text");
        return false;
    }
    if (encoding)
        *encoding = windows1252 ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
    return parse(text, table, errorLine, error);
}

bool Csv::parse(const QString &text, CsvTable *table, int *errorLine, QString *error)
{
    table->separator = detectSeparator(text);
    table->header.clear();
    table->rows.clear();
    const QChar sep = table->separator;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;
    bool haveHeader = false;
    QString cell;
    QStringList cells;
    const auto endRecord = [&] {
        cells.append(cell);
        cell.clear();
        if (!isBlank(cells)) {
            if (!haveHeader) {
                table->header = cells;
                table->headerLine = recordLine;
                haveHeader = true;
            } else {
                table->rows.append(CsvRow{recordLine, cells});
            }
        }
        cells.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
        } else if (c == sep) {
            cells.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the '\n' ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        *errorLine = recordLine;
        *error = QCoreApplication::translate("Import", "unterminated quoted field");
        return false;
    }
    if (!cell.isEmpty() || !cells.isEmpty())
        endRecord();
    if (!haveHeader) {
        *errorLine = 1;
        *error = QCoreApplication::translate("Import", "empty file: no header row");
        return false;
    }
    return true;
}

std::optional<double> Csv::parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    QString t;
    t.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == 0x00A0 || u == 0x202F || u == 0x2009)
            continue; // thousands separators and padding
        if (u == 0x2212 || u == 0x2013)
            t.append(QLatin1Char('-'));
        else
            t.append(c);
    }
    if (t.isEmpty())
        return std::nullopt;
    const bool comma = t.contains(QLatin1Char(','));
    if (comma && t.contains(QLatin1Char('.'))) {
        *ok = false;
        return std::nullopt;
    }
    if (comma)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    for (const QChar c : t) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('+'))) {
            *ok = false; // rejects "1e5", "inf", "nan", letters
            return std::nullopt;
        }
    }
    bool parsed = false;
    const double v = t.toDouble(&parsed);
    if (!parsed || !std::isfinite(v)) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

QString Csv::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString Csv::fold(const QString &text)
{
    QString out = text.trimmed().toLower();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'å': case u'ä': case u'á': case u'à': c = QLatin1Char('a'); break;
        case u'ö': case u'ø': case u'ó': c = QLatin1Char('o'); break;
        case u'é': case u'è': c = QLatin1Char('e'); break;
        default: break;
        }
    }
    return out;
}

QString Csv::key(const QString &text)
{
    return fold(text).replace(QLatin1Char(' '), QLatin1Char('_'));
}
