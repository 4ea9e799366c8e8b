// The fuzz targets as ordinary programs (any compiler): each argument is a corpus file or a
// folder of them, fed once to LLVMFuzzerTestOneInput. ctest runs the checked-in corpus and
// every input that once crashed (tests/fuzz/corpus/<target>/) this way, so a fixed crash stays
// fixed without clang; scripts/fuzz.sh runs the real fuzzer.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int n = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << arg;
        }
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++n;
        }
    }
    fprintf(stderr, "replayed %d inputs\n", n);
    return n > 0 ? 0 : 1;
}
