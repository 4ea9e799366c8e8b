#include "protocol.h"

#include "schema.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace SyncProtocol;

QString Cursor::encode() const
{
    QJsonObject o{{QStringLiteral("e"), epoch}, {QStringLiteral("s"), QString::number(seq)},
                  {QStringLiteral("g"), QString::number(grants)}, {QStringLiteral("v"), schema}};
    if (table >= 0) {
        o.insert(QStringLiteral("t"), table);
        o.insert(QStringLiteral("a"), after);
    }
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> Cursor::decode(const QString &text)
{
    if (text.isEmpty())
        return Cursor{};
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Cursor c;
    bool okSeq = false, okGrants = false;
    c.epoch = o.value(QStringLiteral("e")).toString();
    c.seq = o.value(QStringLiteral("s")).toString().toLongLong(&okSeq);
    c.grants = o.value(QStringLiteral("g")).toString().toLongLong(&okGrants);
    const QJsonValue schema = o.value(QStringLiteral("v"));
    c.schema = schema.isUndefined() ? Schema::beforeVersionedCursors : schema.toInt(-1);
    if (!okSeq || !okGrants || c.seq < 0 || c.schema < 1)
        return std::nullopt;
    const QJsonValue table = o.value(QStringLiteral("t"));
    if (!table.isUndefined()) {
        const QJsonValue after = o.value(QStringLiteral("a"));
        c.table = table.toInt(-1);
        c.after = after.toString();
        if (c.table < 0 || c.table > 1000 || double(c.table) != table.toDouble() || !after.isString()
            || c.after.size() > 100)
            return std::nullopt;
    }
    return c;
}
