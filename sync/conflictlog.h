#pragma once
// Read side of the client's conflict log for the app: the conflicts a merge recorded (what was
// lost to which value, and the row it was in).
#include <QList>
#include <QString>
#include <QVariant>

class Database;

// One unresolved conflict (conflicts table). Values are as stored: text, or null.
struct Conflict
{
    QString id;
    QString table;
    QString rowId;
    QString field;
    QVariant lostValue;      // null when the lost value was empty
    QVariant winningValue;
    QString reason;          // "overwritten", "deleted", "revoked", "rejected…"
    QString createdAt;       // ISO 8601 with milliseconds, UTC
};

class ConflictLog
{
public:
    explicit ConflictLog(Database &db);

    // The unresolved conflicts, newest first.
    QList<Conflict> unresolved();
    // Marks a conflict resolved (kept for the record).
    bool markResolved(const QString &conflictId, QString *error);
    // One column of a row as text (also of a deleted row, for describing the conflict); empty
    // when the table, row or column is unknown.
    QString rowValue(const QString &table, const QString &rowId, const QString &column);

private:
    Database &m_db;
};
