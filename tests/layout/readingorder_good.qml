import QtQuick
import QtQuick.Controls
// Read as drawn: heading, figures, then side by side a list whose rows run on below the button
// under it (scrolled out of the list, read before the button all the same) and a column to the
// right read after the whole left one.
Rectangle { width: 500; height: 320; color: "white"
    Text { x: 10; y: 10; text: "Sjukfrånvaro"; font.pixelSize: 20; font.bold: true }
    Text { x: 10; y: 50; text: "15,9 %"; font.pixelSize: 28 }
    ListView { x: 10; y: 100; width: 200; height: 100; clip: true; model: 8
        delegate: Text { width: 200; height: 30; text: "Åtgärd " + (index + 1); font.pixelSize: 14 } }
    Button { objectName: "all"; x: 10; y: 220; width: 160; height: 48; text: "Alla åtgärder" }
    Text { x: 260; y: 50; text: "Budget"; font.pixelSize: 20; font.bold: true }
    Text { x: 260; y: 90; text: "−1 289 tkr"; font.pixelSize: 28 }
}
