#pragma once
// The demo's report round: "Månadsuppföljning oktober" 2026 (January–October, deadline 20
// November), as a controller opens it on the server, with Hemtjänst Söder's report klar (its
// figures frozen), Hemtjänst Norr's a draft and the rest not started, so the Rapport page of a
// unit and of Vård och omsorg has something to show (--demo only; scripts/run.sh opens the same
// round on its server with `round create`).
class Notes;
class Store;
class HlcClock;
class UnitTree;
class QString;

namespace DemoRounds {
// Adds them; false with *error when a write fails.
bool add(Notes &notes, Store &store, HlcClock &clock, const UnitTree &tree, QString *error);
} // namespace DemoRounds
