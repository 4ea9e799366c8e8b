#pragma once
#include <QByteArray>
#include <optional>

// gzip bodies (Content-Encoding: gzip) for sync requests and responses.
namespace Gzip {
QByteArray compress(const QByteArray &data, int level = 1);
// Inflates one gzip (or zlib) stream; nullopt when it is corrupt, larger than `limit` bytes or
// followed by anything (trailing bytes, a second gzip member).
std::optional<QByteArray> decompress(const QByteArray &data, qint64 limit);
} // namespace Gzip
