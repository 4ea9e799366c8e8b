// Fuzz target: the small decoders of outside input: a clock (HLC), a pull cursor, a pushed row
// (SyncRow::fromJson, as the server reads a push and as a client reads a pull), gzip bodies and
// Swedish numbers. The first byte picks the decoder. A decoded value must encode back to
// something that decodes to the same value.
#include "fuzz_common.h"

#include "csvreader.h"
#include "gzip.h"
#include "hlc.h"
#include "protocol.h"
#include "rows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::setUp();
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);
    switch (data[0] % 5) {
    case 0: {
        const auto h = Hlc::parse(text);
        if (h) {
            const auto again = Hlc::parse(h->toString());
            if (!again || !(*again == *h))
                abort(); // a parsed clock must survive a round trip
        }
        if (Rows::isClock(text) != h.has_value())
            abort(); // the two clock tests must agree
        break;
    }
    case 1: {
        const auto c = SyncProtocol::Cursor::decode(text);
        if (c && !text.isEmpty()) { // "" is the start cursor, never sent back encoded
            const auto again = SyncProtocol::Cursor::decode(c->encode());
            if (!again || again->epoch != c->epoch || again->seq != c->seq || again->grants != c->grants
                || again->schema != c->schema || again->table != c->table || again->after != c->after)
                abort();
        }
        break;
    }
    case 2: {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QString error;
        for (int schema : {3, 5, Schema::latest}) {
            SyncRow::fromJson(o, &error, schema, SyncRow::Unknown::Refuse, SyncRow::Unclocked::Drop);
            SyncRow::fromJson(o, &error, schema, SyncRow::Unknown::Drop, SyncRow::Unclocked::Keep);
        }
        break;
    }
    case 3: {
        const auto out = Gzip::decompress(bytes, 1 << 20);
        if (out && out->size() > (1 << 20))
            abort(); // the inflated limit holds
        break;
    }
    default: {
        bool ok = false;
        Csv::parseNumber(text, &ok);
        Csv::key(text);
        break;
    }
    }
    return 0;
}
