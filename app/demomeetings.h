#pragma once
// The demo's APT meetings: a year of monthly meetings for LSS Gruppbostad Tallen (whose goal is
// that every APT takes up the värdegrund, measured by the share of meetings that did) and for
// Hemtjänst Söder, with notes, ticks and decisions, one of them an action. Written through Notes,
// as a manager would, after the demo import (--demo only; a server's data has none).
class Notes;
class UnitTree;
class QString;

namespace DemoMeetings {
// Adds them; false with *error when a write fails.
bool add(Notes &notes, const UnitTree &tree, QString *error);
} // namespace DemoMeetings
