#pragma once
// Feeds Qt Charts series from C++ in bulk (one replace() per series) and picks axis ranges.
#include <QList>
#include <QPointF>
#include <QStringList>
#include <optional>

class QAbstractSeries;
class QObject;

namespace ChartFeed {
// Replaces all points of a line/scatter/area series (a QXYSeries) at once; false if not one.
bool replace(QObject *series, const QList<QPointF> &points);
// Replaces the values of a bar set (QBarSet) at once.
bool replaceBars(QObject *barSet, const QList<qreal> &values);
// A rounded upper axis bound at or above `max` (1, 2, 2.5, 5 × 10^n steps).
double niceMax(double max);
// A rounded lower axis bound at or below `min` (0 when min ≥ 0).
double niceMin(double min);
} // namespace ChartFeed
