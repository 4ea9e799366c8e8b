#include "gzip.h"

#include <zlib.h>

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    z_stream s{};
    if (deflateInit2(&s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out;
    out.resize(qsizetype(deflateBound(&s, uLong(data.size()))) + 32);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> Gzip::decompress(const QByteArray &data, qint64 limit)
{
    z_stream s{};
    if (inflateInit2(&s, 15 + 32) != Z_OK) // auto-detect gzip or zlib header
        return std::nullopt;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef *>(buffer);
        s.avail_out = sizeof buffer;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        if (out.size() > limit || (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0)) {
            inflateEnd(&s);
            return std::nullopt;
        }
    }
    inflateEnd(&s);
    if (s.avail_in != 0)
        return std::nullopt; // bytes after the end of the stream: another member or garbage, not ours to guess
    return out;
}
