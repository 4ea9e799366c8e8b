#pragma once
// The charts of the exported report (ReportExport), drawn with QPainter: vector graphics in the
// PDF (a QTextObjectInterface handler draws them where the HTML put a placeholder), PNG images in
// the ODT. A unit's panel: sick leave per year against the target, budget and utfall per category.
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextObjectInterface>
#include <optional>

class QPainter;
class QTextDocument;

namespace ReportExport {

struct Chart
{
    QString title;
    QString valueSuffix;                 // " %" or " tkr"
    int decimals = 0;
    QStringList labels;                  // one per group of bars
    QStringList seriesNames;             // one per bar in a group
    QList<QList<std::optional<double>>> values; // [series][label]
    std::optional<double> target;        // a dashed line across, when there is one
};

// Charts side by side across the text width.
using ChartPanel = QList<Chart>;
constexpr double kChartAspect = 0.3; // height / width of a panel of charts

// Draws a panel in `box`.
void drawPanel(QPainter *p, const QRectF &box, const ChartPanel &panel);
// The panel of a report node (Report::toJson): sick leave per year against the target (from the
// indicator `sickLeaveCode`'s history) and budget against utfall per category to date; charts
// without data are left out.
ChartPanel chartsOf(const QJsonObject &node, const QString &sickLeaveCode);

// The chart panels a document shows, in order; the HTML refers to panel N as <img src="chart:N">.
class ChartSet
{
public:
    QString add(const ChartPanel &panel)
    {
        if (panel.isEmpty())
            return {};
        m_panels.append(panel);
        return QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"/></p>")
            .arg(m_panels.size() - 1).arg(kWidth).arg(int(kWidth * kChartAspect));
    }
    const QList<ChartPanel> &panels() const { return m_panels; }
    static constexpr int kWidth = 600; // in the document's pixels, about 16 cm on the page

private:
    QList<ChartPanel> m_panels;
};

// Draws the document's charts where the HTML placed them, as vector graphics in the PDF.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static constexpr int kIndex = QTextFormat::UserProperty + 1;
    explicit ChartObject(const QList<ChartPanel> &panels) : m_panels(panels) {}
    // As wide as the text, kChartAspect as high.
    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override;
    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &f) override;

private:
    const QList<ChartPanel> &m_panels;
};

// Replaces each <img src="chart:N"> of the document by a ChartObject character (for the PDF).
void placeCharts(QTextDocument *doc);
// The panels as PNG images in the document's resources (the ODT writer embeds them).
void addChartImages(QTextDocument *doc, const QList<ChartPanel> &panels);

} // namespace ReportExport
