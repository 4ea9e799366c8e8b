#pragma once
#include "schema.h"

#include <QString>
#include <QtGlobal>
#include <optional>

// Constants of the sync protocol shared by client and server, and the pull cursor.
namespace SyncProtocol {
// Version of the HTTP API (/api/v1).
constexpr int apiVersion = 1;
// Clocks further ahead of the receiver's wall clock than this are refused.
constexpr qint64 maxClockDriftMs = 5 * 60 * 1000;
// Rows per pull page (about 17 MB of JSON for comments). The client applies a page in one
// transaction, and each transaction rewrites every index page it touches: when pages came in
// sequence order the id index took rows in random order, and with pages of 5 000 rows an
// initial sync of 1 M rows rewrote the whole id index some 200 times (6.8 GB written for a
// 0.55 GB database, 73 s); with 50 000, 20 times (2.0 GB). A pull from the start now comes in
// id order (see Cursor): 1.1 GB for 0.55 GB (bench_sync).
constexpr int pageSize = 50000;
// And at most about this many bytes of JSON per pull page (the server's --max-page-bytes): a
// table of long texts ends its page early instead of making one of hundreds of MB (the client
// holds a page in memory while it applies it). A page holds at least one row, whatever its size.
constexpr qint64 pageBytes = 16 * 1024 * 1024;
// Mutations a client sends per request (the server accepts up to maxMutations).
constexpr int pushBatch = 500;
constexpr int maxMutations = 5000;
// Largest request body the server reads (after decompression for the inflated limit).
constexpr qint64 maxBodyBytes = 8 * 1024 * 1024;
constexpr qint64 maxInflatedBytes = 64 * 1024 * 1024;
// Longest text value (characters) a push may hold in one field.
constexpr int maxTextLength = Schema::maxTextLength;

// Opaque pull position: the database epoch, the last change sequence seen, the version of
// the user's grants the client's data was filtered with and the schema version its rows were
// written in. Encoded as base64url JSON.
//
// A pull from the start (a new device, new grants, a new schema) is a snapshot: every row with
// a sequence up to `seq` (the newest when the snapshot began), table by table in id order, so
// that the client's id index takes each page in one run of keys instead of all over (a page
// in sequence order rewrote most of it); `table` and `after` say where the snapshot is. Once
// the last table is through, the pull goes on in sequence order from `seq`: a row changed
// during the snapshot comes (again) then.
struct Cursor
{
    QString epoch;
    qint64 seq = 0;
    qint64 grants = 0;
    int schema = 0; // a cursor from before cursors carried it: Schema::beforeVersionedCursors
    int table = -1; // in a snapshot: the index of its table among the synced tables; -1 when not
    QString after;  // in a snapshot: the id after which its table goes on ("" from the start)

    QString encode() const;
    // nullopt when the text is not a cursor; an empty text is the start cursor.
    static std::optional<Cursor> decode(const QString &text);
};
} // namespace SyncProtocol
