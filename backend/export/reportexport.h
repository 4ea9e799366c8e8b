#pragma once
// The follow-up report for a unit and period as a document to hand on: the same figures as
// Report::toJson (the report JSON is what is written, so the two cannot disagree), the texts
// the managers wrote for the period (comments and analyses per area, for the unit and every
// unit below it) and the open and done actions of the subtree.
//   PDF  - QPdfWriter over a QTextDocument (A4, Swedish number formats)
//   ODT  - the same QTextDocument through QTextDocumentWriter (opens in Word and LibreOffice)
//   XLSX - libxlsxwriter: one sheet per table, real numbers with number formats
// With a round (gatherRound) the document is the compiled report of that round over the unit's
// subtree: every unit's status, its sections and goal assessments, and the figures it reported
// (the snapshot frozen at klar; the live figures for a report not yet klar).
//   JSON - toJson(), the same content for programs
// PDF and ODT need a QGuiApplication (fonts); XLSX and JSON do not. Numbers, dates, statuses and
// trends read as in the app (Fmt): install the Swedish translation first (I18n::install).
#include "rounds.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

namespace ReportExport {

enum class Format { Pdf, Odt, Xlsx, Json };
// "pdf", "odt", "xlsx", "json" (any case); nullopt for anything else.
std::optional<Format> formatFromName(const QString &name);
// The file suffix and MIME type of a format.
QString suffix(Format format);
QByteArray mimeType(Format format);
// True for the formats laid out with QtGui's fonts (PDF, ODT).
bool needsGui(Format format);

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

// One section of a unit's report for a round.
struct Section
{
    QString key;
    QString title;  // Rounds::sectionTitle
    QString body;   // empty when not written
};

// A goal's assessment in a unit's report, with the status the core computes beside it.
struct AssessmentLine
{
    QString goalCode;
    QString goalName;
    QString level;     // "kf", "namnd", "forvaltning", "enhet"
    QString computed;  // Calc::statusKey of the goal's computed status
    QString assessment;
    QString forecast;
    QString body;
};

// One unit's report for the round.
struct UnitRound
{
    QString unitCode;
    QString unitName;
    int depth = 0;            // below the unit exported (0 for it)
    Rounds::UnitReport report;
    bool late = false;
    QList<Section> sections;  // the round's sections in its order
    QList<AssessmentLine> assessments;
};

// The round part of a compiled report.
struct RoundPart
{
    Rounds::Round round;
    QList<UnitRound> units;   // the unit first, then its subtree depth first
};

// What a document shows.
struct Content
{
    QJsonObject report;   // Report::toJson of the unit, recursive (for a round: each unit's reported figures)
    QList<Text> texts;    // unit first, then its subtree in tree order
    QList<ActionLine> actions;
    std::optional<RoundPart> round;
    QString sickLeaveCode; // the indicator fed by sick leave, charted per year
};

// Gathers the content for a unit code and period (month 0: the latest month with data).
// nullopt with *error for an unknown unit.
std::optional<Content> gather(Database &db, const QString &unitCode, int year, int month, QString *error);

// The compiled report of round `roundId` for a unit code over its subtree, as the reports stand
// on `today` (late is judged against it); the texts are those of the round's last month.
// nullopt with *error for an unknown unit or round.
std::optional<Content> gatherRound(Database &db, const QString &unitCode, const QString &roundId, const QDate &today,
                                   QString *error);

// The content as JSON: {"report", "round"?: {…, "units": [...]}, "texts", "actions"}, what the
// documents show in one machine-readable form.
QJsonObject toJson(const Content &content);

// A file name to suggest for the content: "rapport-VO-2026-10.pdf", or for a round
// "rapport-VO-tertial-1-2026.pdf" (ASCII letters, digits, '-' and '_' only).
QString fileName(const Content &content, Format format);
// The same for a round's compiled report, without compiling it.
QString roundFileName(const QString &unitCode, const Rounds::Round &round, Format format);

// Writes the content as `format` to `path` (one file, written whole or not at all).
bool write(const Content &content, Format format, const QString &path, QString *error);
// The same into memory (for the HTTP API).
std::optional<QByteArray> render(const Content &content, Format format, QString *error);

} // namespace ReportExport
