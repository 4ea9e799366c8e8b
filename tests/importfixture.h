#pragma once
// Test helper: a fresh SQLite database in a temporary folder filled through the importers from
// (kind, CSV text) pairs, as an import from the economy, HR and goal systems would.
#include "database.h"
#include "hlc.h"
#include "importer.h"
#include "store.h"

#include <QDebug>
#include <QFile>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <memory>

class ImportFixture
{
public:
    // Writes `text` to a new file in the folder and returns its path.
    QString writeFile(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }

    // A new database with the files imported in order; nullptr (and a warning) when one fails.
    std::unique_ptr<Database> load(const QList<QPair<QString, QString>> &files, QString *path = nullptr)
    {
        const QString p = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n));
        if (path)
            *path = p;
        QString error;
        auto db = Database::open(QStringLiteral("sqlite:") + p, &error);
        if (!db)
            return nullptr;
        Store store(*db, Store::Role::Server);
        HlcClock clock(QStringLiteral("import"));
        for (const auto &[kind, text] : files) {
            const ImportResult r = Importer::importFile(store, clock, kind, writeFile(text));
            if (!r.ok) {
                qWarning().noquote() << r.error;
                return nullptr;
            }
        }
        return db;
    }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
};
