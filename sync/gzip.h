#pragma once
#include <QByteArray>
#include <optional>

// gzip bodies (Content-Encoding: gzip) for sync requests and responses.
namespace Gzip {
QByteArray compress(const QByteArray &data, int level = 1);
// Inflates a gzip (or zlib) stream; nullopt when it is corrupt or larger than `limit` bytes.
std::optional<QByteArray> decompress(const QByteArray &data, qint64 limit);
} // namespace Gzip
