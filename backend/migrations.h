#pragma once
#include <QString>

class Database;

// Brings a database to a schema version. A new database is created from the declaration in
// schema.h; an existing one runs the append-only history of steps (CREATE TABLE, ALTER TABLE
// ADD COLUMN, data fixes), each step in its own transaction. What the tables look like is
// declared in schema.h, once.
namespace Migrations {
// The schema version this build writes (Schema::latest).
int latestVersion();
// Migrates up to `target`. Refuses a database whose version is newer than this build knows.
bool migrate(Database &db, int target, QString *error);
} // namespace Migrations
