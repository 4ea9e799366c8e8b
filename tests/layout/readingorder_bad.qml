import QtQuick
import QtQuick.Controls
// Laid out right but read wrong: the heading is drawn at the top and comes last among the card's
// children, so a screen reader reads the figures first and the heading after them; the button
// at the foot is read before the text above it.
Rectangle { width: 400; height: 320; color: "white"
    Text { x: 10; y: 60; text: "15,9 %"; font.pixelSize: 28 }
    Text { x: 10; y: 100; text: "Hittills i år 15,1 %"; font.pixelSize: 14 }
    Text { x: 10; y: 10; text: "Sjukfrånvaro"; font.pixelSize: 20; font.bold: true }
    Button { objectName: "all"; x: 10; y: 240; width: 160; height: 48; text: "Alla åtgärder" }
    Text { x: 10; y: 160; text: "1 försenad åtgärd"; font.pixelSize: 14 }
}
