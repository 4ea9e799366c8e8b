#pragma once
// Test data shared by the report tests: a förvaltning SOC with units A and B, indicators,
// targets, values, sick leave over 2025–2026 and budget for 2026.
#include <QList>
#include <QPair>
#include <QString>

namespace ReportFixture {
inline const QString kSickHeader = QStringLiteral(
    "enhet;månad;schemalagda_timmar;sjuktimmar;sjuktimmar_dag1_14;sjuktimmar_60plus;sjuklönekostnad\n");

inline const QList<QPair<QString, QString>> &fixture()
{
    static const QList<QPair<QString, QString>> files = {
        {QStringLiteral("units"), QStringLiteral("kod;namn;förälder;typ\nA;Enhet A;SOC;enhet\nB;Enhet B;SOC;enhet\n"
                                                 "SOC;Socialförvaltningen;;förvaltning\n")},
        {QStringLiteral("indicators"), QStringLiteral("kod;namn;måttenhet;bättre;källa\nSJUK;Sjukfrånvaro;%;lägre;sjukfrånvaro\n"
                                                      "HME;HME-index;index;högre;manuell\nTIMV;Timvikarier;%;lägre;import\n")},
        {QStringLiteral("targets"), QStringLiteral("indikator;enhet;år;måltyp;målvärde;tolerans\nSJUK;SOC;2026;max;7;1,5\n"
                                                   "HME;A;2026;min;75;5\n")},
        {QStringLiteral("values"), QStringLiteral("indikator;enhet;period;värde;kommentar\nHME;A;2026;72;\nHME;A;2025;70;\n"
                                                  "TIMV;A;2026-02;14;feb\nTIMV;A;2025-02;15;\nTIMV;A;2026-04;99;after M\n")},
        // A: 2026-02 missing. B: three full months. 2025 rows for previous and rolling 12.
        {QStringLiteral("sickleave"), kSickHeader + QStringLiteral(
             "A;2025-01;100;12;6;0;100\nA;2025-11;100;30;10;0;100\nA;2025-12;100;30;10;0;100\n"
             "A;2026-01;100;20;10;0;100\nA;2026-03;100;10;5;0;100\n"
             "B;2025-02;1000;60;20;0;1000\n"
             "B;2026-01;1000;50;20;30;1000\nB;2026-02;1000;50;20;30;1000\nB;2026-03;1000;50;20;30;1000\n")},
        {QStringLiteral("budget"), QStringLiteral(
             "enhet;månad;kategori;budget;utfall;prognos\n"
             "A;2026-01;personalkostnader;100;110;1300\nA;2026-02;personalkostnader;100;110;1350\n"
             "A;2026-03;personalkostnader;100;110;\n"
             "A;2026-01;intäkter;20;25;250\nA;2026-02;intäkter;20;25;\nA;2026-03;intäkter;20;25;\n"
             "B;2026-01;personalkostnader;200;190;\nB;2026-02;personalkostnader;200;190;\n"
             "B;2026-03;personalkostnader;200;190;2300\nB;2026-04;personalkostnader;200;;\nB;2026-05;personalkostnader;200;;\n"
             "B;2026-06;personalkostnader;200;;\nB;2026-07;personalkostnader;200;;\nB;2026-08;personalkostnader;200;;\n"
             "B;2026-09;personalkostnader;200;;\nB;2026-10;personalkostnader;200;;\nB;2026-11;personalkostnader;200;;\n"
             "B;2026-12;personalkostnader;200;;\n")},
    };
    return files;
}
} // namespace ReportFixture
