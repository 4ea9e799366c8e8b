// Benchmark (a program, not a test): imports 10 years × 200 units of monthly sick leave and
// budget, and indicators of every aggregation (kvot with täljare/nämnare and summa monthly for
// the last two years and yearly before, medel and bättre ingen yearly, the sick-leave sources),
// and a goal cascade (KF and nämnd goals measured by their subgoals, a goal per område and enhet),
// through the CSV importers and times the root report and the verksamhetsstatistik; then a report
// round in which every enhet wrote three sections and an assessment and every other one is klar,
// and the root's compiled report for it as PDF, ODT and XLSX.
// Targets: import < 10 s, root report < 200 ms, the root's round compiled and exported as PDF < 3 s.
#include "catalog.h"
#include "database.h"
#include "followup.h"
#include "hlc.h"
#include "i18n.h"
#include "ids.h"
#include "importer.h"
#include "notes.h"
#include "reportexport.h"
#include "rounds.h"
#include "report.h"
#include "rules.h"
#include "store.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
constexpr int kAreas = 10;
constexpr int kUnitsPerArea = 20; // 200 enheter
constexpr int kFirstYear = 2017;
constexpr int kYears = 10;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    return true;
}

// Deterministic pseudo-random numbers (no dependence on the platform's generator).
quint32 g_state = 12345;
double rnd()
{
    g_state = g_state * 1664525u + 1013904223u;
    return (g_state >> 8) / double(1 << 24);
}

QString unitCode(int area, int unit) { return QStringLiteral("E%1-%2").arg(area).arg(unit); }
} // namespace

int main(int argc, char *argv[])
{
    // The documents are laid out with QtGui's fonts; no display is needed.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    I18n::install(QStringLiteral("sv"));
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString unitsCsv = dir.filePath(QStringLiteral("units.csv"));
    const QString sickCsv = dir.filePath(QStringLiteral("sickleave.csv"));
    const QString budgetCsv = dir.filePath(QStringLiteral("budget.csv"));
    const QString indicatorsCsv = dir.filePath(QStringLiteral("indicators.csv"));
    const QString targetsCsv = dir.filePath(QStringLiteral("targets.csv"));
    const QString valuesCsv = dir.filePath(QStringLiteral("values.csv"));
    const QString goalsCsv = dir.filePath(QStringLiteral("goals.csv"));
    // The goal cascade: KF and nämnd goals measured by their subgoals, förvaltning goals by the
    // indicators, a goal per område and per enhet below them (without indicators).
    QString goals = QStringLiteral("kod;namn;nivå;förälder;enhet\nK1;Kommunmål;KF;;\nN1;Personal;nämnd;K1;\n"
                                   "N2;Kvalitet;nämnd;K1;\nF1;Sjukfrånvaro;förvaltning;N1;\nF2;Bemanning;förvaltning;N1;\n"
                                   "F3;Brukarnas bedömning;förvaltning;N2;\nF4;Volymer;förvaltning;N2;\n");
    const QString indicators = QStringLiteral(
        "kod;namn;måttenhet;bättre;mål;källa;aggregering\n"
        "SJUK;Sjukfrånvaro;%;lägre;F1;sjukfrånvaro;\nKORT;Korttid;%;lägre;F1;sjukfrånvaro_korttid;\n"
        "LANG;Långtid;%;lägre;F1;sjukfrånvaro_långtid;\nTIMV;Timvikarier;%;lägre;F2;import;kvot\n"
        "TRYGG;Trygg hemgång;antal;högre;F3;import;summa\nHME;HME;index;högre;F3;manuell;medel\n"
        "VT;Vårdtagare;antal;ingen;F4;import;summa\nBRUK;Brukartid;%;högre;F2;import;senaste\n");
    QString targets = QStringLiteral("indikator;enhet;år;måltyp;målvärde;tolerans\n");
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
        targets += QStringLiteral("SJUK;SOC;%1;max;7;1\nTIMV;SOC;%1;max;15;2\nTRYGG;SOC;%1;öka;;\nHME;SOC;%1;min;75;5\n"
                                  "BRUK;SOC;%1;min;65;5\n").arg(y);
    }
    QString values = QStringLiteral("indikator;enhet;period;värde;kommentar;täljare;nämnare\n");
    const int lastYear = kFirstYear + kYears - 1;

    QString units = QStringLiteral("kod;namn;förälder;typ\nSOC;Socialförvaltningen;;förvaltning\n");
    QString sick = QStringLiteral("enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus;sjuklönekostnad\n");
    QString budget = QStringLiteral("enhet;månad;kategori;budget;utfall;prognos\n");
    const QStringList cats = {QStringLiteral("intäkter"), QStringLiteral("personalkostnader"),
                              QStringLiteral("övriga kostnader"), QStringLiteral("kapitalkostnader")};
    const double base[] = {200, 2000, 260, 25};
    for (int a = 0; a < kAreas; ++a) {
        units += QStringLiteral("O%1;Område %1;SOC;område\n").arg(a);
        goals += QStringLiteral("M-O%1;Områdesmål %1;förvaltning;N2;O%1\n").arg(a);
        for (int u = 0; u < kUnitsPerArea; ++u) {
            const QString code = unitCode(a, u);
            units += QStringLiteral("%1;Enhet %1;O%2;enhet\n").arg(code).arg(a);
            goals += QStringLiteral("M-%1;Enhetsmål %1;enhet;F1;%1\n").arg(code);
            for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
                for (int m = 1; m <= 12; ++m) {
                    const QString month = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
                    const double sched = 4000 + 2000 * rnd();
                    const double sickH = sched * (0.04 + 0.1 * rnd());
                    sick += QStringLiteral("%1;%2;%3;%4;%5;%6;%7\n").arg(code, month)
                                .arg(QString::number(sched, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                                .arg(QString::number(sickH, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                                .arg(sickH * 0.55, 0, 'f', 1).arg(sickH * 0.3, 0, 'f', 1)
                                .arg(qRound(sickH * 150));
                    // Indicator values for the report's year and its history (five years): monthly
                    // for the last two, yearly before.
                    if (y == lastYear || y == lastYear - 1) {
                        const int worked = qRound(sched - sickH);
                        values += QStringLiteral("TIMV;%1;%2;;;%3;%4\nTRYGG;%1;%2;%5;;;\n")
                                      .arg(code, month).arg(qRound(worked * (0.08 + 0.1 * rnd()))).arg(worked)
                                      .arg(qRound(4 * rnd()));
                    }
                    for (int c = 0; c < 4; ++c) {
                        const double b = base[c] * (0.9 + 0.2 * rnd());
                        budget += QStringLiteral("%1;%2;%3;%4;%5;%6\n").arg(code, month, cats.at(c))
                                      .arg(b, 0, 'f', 1).arg(b * (0.95 + 0.1 * rnd()), 0, 'f', 1)
                                      .arg(rnd() < 0.5 ? QString::number(qRound(b * 12)) : QString());
                    }
                }
                if (y >= lastYear - 4) {
                    values += QStringLiteral("HME;%1;%2;%3;;;\nVT;%1;%2;%4;;;\n").arg(code).arg(y)
                                  .arg(60 + 25 * rnd(), 0, 'f', 0).arg(qRound(20 + 40 * rnd()));
                    if (y >= lastYear - 1)
                        values += QStringLiteral("BRUK;%1;%2;%3;;;\n").arg(code).arg(y).arg(55 + 15 * rnd(), 0, 'f', 1);
                    if (y < lastYear - 1)
                        values += QStringLiteral("TIMV;%1;%2;;;%3;%4\nTRYGG;%1;%2;%5;;;\n").arg(code).arg(y)
                                      .arg(qRound(6000 * (0.08 + 0.1 * rnd()))).arg(60000).arg(qRound(48 * rnd()));
                }
            }
        }
    }
    if (!writeFile(unitsCsv, units) || !writeFile(sickCsv, sick) || !writeFile(budgetCsv, budget)
        || !writeFile(goalsCsv, goals) || !writeFile(indicatorsCsv, indicators) || !writeFile(targetsCsv, targets) || !writeFile(valuesCsv, values)) {
        out << "cannot write the CSV files\n";
        return 1;
    }

    QString error;
    auto db = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!db) {
        out << error << "\n";
        return 1;
    }
    Store store(*db, Store::Role::Server);
    HlcClock clock(QStringLiteral("import"));
    const int unitCount = 1 + kAreas + kAreas * kUnitsPerArea;

    QElapsedTimer total;
    total.start();
    int rows = 0;
    for (const auto &[kind, path] : {std::pair{QStringLiteral("units"), unitsCsv},
                                     std::pair{QStringLiteral("sickleave"), sickCsv},
                                     std::pair{QStringLiteral("budget"), budgetCsv},
                                     std::pair{QStringLiteral("goals"), goalsCsv},
                                     std::pair{QStringLiteral("indicators"), indicatorsCsv},
                                     std::pair{QStringLiteral("targets"), targetsCsv},
                                     std::pair{QStringLiteral("values"), valuesCsv}}) {
        QElapsedTimer t;
        t.start();
        const ImportResult r = Importer::importFile(store, clock, kind, path);
        if (!r.ok) {
            out << r.error << "\n";
            return 1;
        }
        rows += r.rows;
        out << QStringLiteral("  import %1: %2 rows in %3 s\n").arg(kind, -9).arg(r.rows, 6).arg(t.elapsed() / 1000.0, 0, 'f', 2);
    }
    const double importSeconds = total.elapsed() / 1000.0;
    out << QStringLiteral("import %1y x %2 units (%3 rows): %4 s (target < 10 s)\n")
               .arg(kYears).arg(kAreas * kUnitsPerArea).arg(rows).arg(importSeconds, 0, 'f', 2);

    // Re-import of the same keys (updates in place).
    {
        QElapsedTimer t;
        t.start();
        const ImportResult r = Importer::importFile(store, clock, QStringLiteral("sickleave"), sickCsv);
        out << QStringLiteral("  re-import sickleave (update in place, %1 rows): %2 s\n")
                   .arg(r.rows).arg(t.elapsed() / 1000.0, 0, 'f', 2);
    }

    FollowUp followUp(*db);
    const QString root = followUp.tree().byCode(QStringLiteral("SOC"))->id;
    const int year = kFirstYear + kYears - 1;
    QList<double> figuresMs, jsonMs, totalMs;
    QByteArray json;
    UnitFigures fig;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        fig = followUp.figures(root, year, 0, true);
        const qint64 f = t.nsecsElapsed();
        json = QJsonDocument(Report::toJson(fig)).toJson(QJsonDocument::Compact);
        const qint64 all = t.nsecsElapsed();
        figuresMs << f / 1e6;
        jsonMs << (all - f) / 1e6;
        totalMs << all / 1e6;
    }
    const auto median = [](QList<double> v) { std::sort(v.begin(), v.end()); return v.at(v.size() / 2); };
    out << QStringLiteral("report root %1 (%2 units, month %3): %4 ms median of 7 (figures %5 ms + JSON %6 ms, %7 kB) (target < 200 ms)\n")
               .arg(year).arg(unitCount).arg(fig.month).arg(median(totalMs), 0, 'f', 1)
               .arg(median(figuresMs), 0, 'f', 1).arg(median(jsonMs), 0, 'f', 1).arg(json.size() / 1024);
    QElapsedTimer t;
    t.start();
    const QString csv = Report::toCsv(fig);
    out << QStringLiteral("  report CSV: %1 ms, %2 rows\n").arg(t.nsecsElapsed() / 1e6, 0, 'f', 1).arg(csv.count(QLatin1Char('\n')));
    out << QStringLiteral("  root sick leave %1 %, budget avvikelse %2 tkr\n")
               .arg(Calc::round2(fig.sickLeaveYtd.percent().value_or(0))).arg(Calc::round2(fig.budgetYtd.netDeviation()));
    for (const IndicatorFigure &i : fig.indicators) {
        out << QStringLiteral("  root %1 (%2): %3, history %4 values\n").arg(i.code, Calc::aggregationKey(i.aggregation))
                   .arg(i.value ? QString::number(Calc::round2(*i.value)) : QStringLiteral("–"))
                   .arg(std::count_if(i.history.cbegin(), i.history.cend(), [](const YearValue &h) { return bool(h.value); }));
    }
    const GoalsMet met = Rules::goalsMet(fig.goals);
    out << QStringLiteral("  root goals: %1, %2 judged, %3 met\n").arg(fig.goals.size()).arg(met.judged).arg(met.met);

    // The verksamhetsstatistik of the root and of a unit as the app's StatisticsModel reads them:
    // from the figures FigureCache holds (here the report's), and for comparison computing the
    // figures again as statistics(unit, year, month) does.
    const QString unit = followUp.tree().byCode(unitCode(0, 0))->id;
    const UnitFigures *unitFig = nullptr;
    for (const UnitFigures &area : std::as_const(fig.children)) {
        for (const UnitFigures &u : area.children)
            if (u.unitId == unit)
                unitFig = &u;
    }
    if (!unitFig) {
        out << "the unit is not in the root report\n";
        return 1;
    }
    for (const auto &[id, cached] : {std::pair<QString, const UnitFigures *>{root, &fig}, std::pair<QString, const UnitFigures *>{unit, unitFig}}) {
        QList<double> cachedMs, computedMs;
        qsizetype rowsShown = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer st;
            st.start();
            rowsShown = followUp.statistics(*cached).size();
            cachedMs << st.nsecsElapsed() / 1e6;
            st.restart();
            followUp.statistics(id, year, 0);
            computedMs << st.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("statistics %1: %2 ms median of 7 from the cached figures (%3 rows; %4 ms computing the figures too)\n")
                   .arg(id == root ? QStringLiteral("root") : QStringLiteral("unit"))
                   .arg(median(cachedMs), 0, 'f', 1).arg(rowsShown).arg(median(computedMs), 0, 'f', 1);
    }
    // A report round: every enhet writes three sections and assesses a goal; every other one is klar.
    const QString round = Ids::random();
    {
        QString error;
        if (!store.begin(&error)
            || !store.write(QStringLiteral("report_rounds"), round,
                            {{QStringLiteral("name"), QStringLiteral("Delår")}, {QStringLiteral("year"), year},
                             {QStringLiteral("month_from"), 1}, {QStringLiteral("month_to"), 8},
                             {QStringLiteral("deadline"), QStringLiteral("%1-09-15").arg(year)},
                             {QStringLiteral("sections"), Rounds::standardSections().join(QLatin1Char(','))}},
                            clock.now(), &error)
            || !store.commit(&error)) {
            out << "round: " << error << "\n";
            return 1;
        }
        Store device(*db, Store::Role::Client);
        HlcClock deviceClock(QStringLiteral("device"));
        Notes notes(device, deviceClock);
        Catalog catalog(*db);
        const QString text = QStringLiteral("Verksamheten har under perioden arbetat med schemaläggning, introduktion av nya "
                                            "medarbetare och uppföljning av brukarnas genomförandeplaner. ").repeated(3);
        QElapsedTimer wt;
        wt.start();
        int written = 0;
        for (int a = 0; a < kAreas; ++a) {
            for (int u = 0; u < kUnitsPerArea; ++u) {
                const QString id = followUp.tree().byCode(unitCode(a, u))->id;
                const QList<Goal> goals = catalog.goalsOfUnit(followUp.tree(), id);
                bool ok = true;
                for (const char *section : {"sammanfattning", "sjukfranvaro", "ekonomi"})
                    ok = ok && notes.setReportSection(id, round, QLatin1String(section), text, true, &error);
                if (!goals.isEmpty())
                    ok = ok && notes.setGoalAssessment(id, round, goals.last().id, Rounds::Partly, Rounds::Met, text, &error);
                if (u % 2 == 0)
                    ok = ok && notes.setReportStatus(id, round, Rounds::Done, Rounds::Actor::Manager, QStringLiteral("chef"), {},
                                                     QStringLiteral("%1-09-10T12:00:00").arg(year), &error);
                if (!ok) {
                    out << "round: " << error << "\n";
                    return 1;
                }
                ++written;
            }
        }
        out << QStringLiteral("  round: %1 reports written, every other one klar (snapshot), in %2 s\n")
                   .arg(written).arg(wt.elapsed() / 1000.0, 0, 'f', 2);
    }
    double pdfTotal = 0;
    {
        QString error;
        QElapsedTimer gt;
        gt.start();
        const auto content = ReportExport::gatherRound(*db, QStringLiteral("SOC"), round, QDate(year, 9, 20), &error);
        const double gatherMs = gt.nsecsElapsed() / 1e6;
        if (!content) {
            out << "round export: " << error << "\n";
            return 1;
        }
        QStringList parts;
        for (const auto format : {ReportExport::Format::Pdf, ReportExport::Format::Odt, ReportExport::Format::Xlsx}) {
            QElapsedTimer rt;
            rt.start();
            const auto bytes = ReportExport::render(*content, format, &error);
            const double ms = rt.nsecsElapsed() / 1e6;
            if (!bytes) {
                out << "round export: " << error << "\n";
                return 1;
            }
            if (format == ReportExport::Format::Pdf)
                pdfTotal = (gatherMs + ms) / 1000.0;
            parts << QStringLiteral("%1 %2 ms (%3 kB)").arg(ReportExport::suffix(format)).arg(ms, 0, 'f', 0).arg(bytes->size() / 1024);
        }
        out << QStringLiteral("round export root (%1 units): compile %2 ms; %3; compile + PDF %4 s (target < 3 s)\n")
                   .arg(content->round->units.size()).arg(gatherMs, 0, 'f', 0).arg(parts.join(QStringLiteral(", ")))
                   .arg(pdfTotal, 0, 'f', 2);
    }

    const bool ok = importSeconds < 10 && median(totalMs) < 200 && pdfTotal < 3;
    out << (ok ? "OK: within targets\n" : "OVER TARGET\n");
    return ok ? 0 : 1;
}
