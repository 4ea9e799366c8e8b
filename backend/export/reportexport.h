#pragma once
// The follow-up report for a unit and period as a document to hand on: the same figures as
// Report::toJson (the report JSON is what is written, so the two cannot disagree), the texts
// the managers wrote for the period (comments and analyses per area, for the unit and every
// unit below it) and the open and done actions of the subtree.
//   PDF  - QPdfWriter over a QTextDocument (A4, Swedish number formats)
//   ODT  - the same QTextDocument through QTextDocumentWriter (opens in Word and LibreOffice)
//   XLSX - libxlsxwriter: one sheet per table, real numbers with number formats
// PDF and ODT need a QGuiApplication (fonts); XLSX does not. Numbers, dates, statuses and
// trends read as in the app (Fmt): install the Swedish translation first (I18n::install).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

namespace ReportExport {

enum class Format { Pdf, Odt, Xlsx };
// "pdf", "odt", "xlsx" (any case); nullopt for anything else.
std::optional<Format> formatFromName(const QString &name);
// The file suffix and MIME type of a format.
QString suffix(Format format);
QByteArray mimeType(Format format);

// One text a manager wrote for the period.
struct Text
{
    QString unitCode;
    QString unitName;
    QString area;  // "oversikt", "mal", "sjukfranvaro", "budget"
    QString kind;  // "kommentar", "analys"
    QString body;
};

// One action of the subtree.
struct ActionLine
{
    QString unitName;
    QString title;
    QString owner;
    QString endDate;
    QString status;   // folded key
    std::optional<double> effectTkr;
};

// What a document shows.
struct Content
{
    QJsonObject report;   // Report::toJson of the unit, recursive
    QList<Text> texts;    // unit first, then its subtree in tree order
    QList<ActionLine> actions;
};

// Gathers the content for a unit code and period (month 0: the latest month with data).
// nullopt with *error for an unknown unit.
std::optional<Content> gather(Database &db, const QString &unitCode, int year, int month, QString *error);

// Writes the content as `format` to `path` (one file, written whole or not at all).
bool write(const Content &content, Format format, const QString &path, QString *error);
// The same into memory (for the HTTP API).
std::optional<QByteArray> render(const Content &content, Format format, QString *error);

} // namespace ReportExport
