#pragma once
// A chart's text alternative (WCAG 1.1.1): what a ChartView draws, in words, for a screen reader
// ("Månad: jan 6,2 %, feb 7,1 % … Mål: 7,0 %."). Read from the chart's own series and axes, so it
// says what is drawn, whichever page fed it.
#include <QObject>
#include <QQmlEngine>

class ChartText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit ChartText(QObject *parent = nullptr) : QObject(parent) {}
    // Each visible series of `chart` (a ChartView) with its name and its values against the
    // category axis's labels, in the value axis's unit; a line at one level across the whole
    // chart (a target) as that one value; empty series are left out. `labels` and `unit` stand in
    // for a chart without a category axis or an axis title (a sparkline).
    Q_INVOKABLE QString describe(QObject *chart, const QStringList &labels = {}, const QString &unit = {}) const;
};
