<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop ist freie Software unter der MIT-Lizenz. Es verwendet Qt und PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif und libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) und FFmpeg (LGPLv2.1+) über QtMultimedia.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>Foto ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>Foto &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>Foto mit &amp;Kamera aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>Auswahl in den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>Alle Läufe abbrec&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>Aufbewahrte Porträts &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>&amp;Neuer Stil…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>Stil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>Alle meine Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>Bibliothek neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>Erstellen anzeigen</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>Team anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>&amp;Porträts</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>Professionelle Porträtfotos aus einem Selfie. Ihre Fotos und Porträts bleiben auf diesem Computer, in einem Ordner Ihrer Wahl. Für ein Porträt geht das Foto nur an den Bildanbieter, den Sie wählen: einen Cloud-Dienst mit Ihrem eigenen Schlüssel oder Ihren eigenen Server. Kein Konto, keine Telemetrie.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} Modelle: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine Webcam an oder öffnen bzw. fügen Sie stattdessen ein Foto ein.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>Kamerazugriff verweigert. Erlauben Sie Headshot Desktop in den Datenschutzeinstellungen Ihres Systems, die Kamera zu verwenden, und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>Selfie aufnehmen</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>Kamerasucher</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>Kamerameldung</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Neu aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>Dieses Foto &amp;verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>Foto ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>Foto &amp;einfügen</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>Die Kamera wurde beendet: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>Aufgenommen. Verwenden Sie dieses Foto oder nehmen Sie es neu auf.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>Anbieter vergleichen</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>Erstellt &lt;b&gt;{style}&lt;/b&gt; aus diesem Foto mit jedem angehakten Anbieter, nebeneinander: je ein Bild. Ein Anbieter, der ablehnt oder scheitert, nennt den Grund; die anderen machen weiter.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>sein Standardmodell</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>Modell für {provider}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>Tasten: 1 Schieberegler, 2 nebeneinander, F oder Leertaste wechselt zwischen vorher und nachher. Plus, Minus oder das Mausrad zoomen, 0 setzt zurück, Ziehen oder Shift+Pfeiltasten verschieben. Pfeil links und rechts bewegen die Trennlinie. A: Klicken Sie auf jedem Foto beide Augen an, um sie auszurichten.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Ihre Porträts erscheinen hier.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>Vorher-nachher-Vergleich</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{took} · {status}</source>
        <translation>{took} · {status}</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>Anbieter vergleichen</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>Wählen Sie zuerst ein Foto und einen Stil.</translation>
    </message>
</context>
<context>
    <name>CopyAndDrag</name>
    <message>
        <source>{preset}, {format}</source>
        <comment>an export size, then a file format</comment>
        <translation>{preset}, {format}</translation>
    </message>
    <message>
        <source>Select a headshot in Results or the Library to copy it.</source>
        <translation>Wählen Sie ein Porträt in den Ergebnissen oder der Bibliothek aus, um es zu kopieren.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>„{name}“ als {made_as} in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>Das Porträt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>Der Zuschnitt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>Zuschnitt anpassen</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>Dieser Zuschnitt gilt nur für dieses Porträt: Alle anderen behalten den Bildausschnitt des Kits.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>&amp;Zurück zum Bildausschnitt des Kits</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>&amp;Zurück zum üblichen Bildausschnitt</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Was der Rahmen enthält</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Keine Vorschau: „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>Der Rahmen enthält {width} × {height} der {full_width} × {full_height} Pixel des Porträts.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>Ziehen Sie das Bild oder verwenden Sie die Pfeiltasten, um den Rahmen zu verschieben (mit Shift weiter); das Mausrad oder die Tasten + und - zoomen; Pos1 stellt den üblichen Bildausschnitt wieder her. Ziehen Sie die Augen- und Kinnlinie dorthin, wo Augen und Kinn sein sollen, oder verschieben Sie sie mit Alt und den Tasten Auf und Ab (die Kinnlinie mit Alt und Shift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>Bildausschnitt des exportierten Bildes</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>{app}-Daten</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>Alle meine Daten exportieren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>Alle Ihre Daten werden in {name} gespeichert…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>{originals}, {headshots} und metadata.json gespeichert in
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>Ihre Daten konnten nicht in {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>Dies löscht jedes Original und jedes Porträt in der Bibliothek, ihre Team-Stapel, die Vorschaubilder, Protokolle, Einstellungen und die im Schlüsselbund des Systems gespeicherten API-Schlüssel. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>Alle meine Daten löschen?</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>Im Papierkorb des Systems wird nach zuvor Gelöschtem gesucht…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>Nichts wurde gelöscht: Der Papierkorb des Systems konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>Alle Ihre Daten werden gelöscht…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

{app} wird jetzt geschlossen.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Ihre Daten wurden gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Nicht alles wurde gelöscht</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>Ihre Daten konnten nicht vollständig gelöscht werden.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>Datenschutz &amp; Daten</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>Diese auch aus dem Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>Sollen sie auch aus dem Papierkorb entfernt werden? Nur diese Dateien werden entfernt; alles andere im Papierkorb bleibt.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>Aus dem Papierkorb entfernen</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>Im Papierkorb behalten</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>Ablagebereich für Fotos</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>Legen Sie hier ein Selfie ab oder drücken Sie die Eingabetaste, um eine Datei zu wählen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Selfie hier ablegen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;oder klicken, um eine Datei zu wählen · Strg+V zum Einfügen&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP oder GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>Ihr API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Noch kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>Für diesen Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Kein Guthaben mehr</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>Vom Sicherheitssystem abgelehnt</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der erwarteten Zeit</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>Der Anbieter hatte ein Problem</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>Es wurde kein Bild erstellt</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Dieses Foto kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>Eine Einstellung erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends a sentence before the hint</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>EstimateLine</name>
    <message>
        <source>{model} (newest available)</source>
        <translation>{model} (neuestes verfügbares)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>Neuestes verfügbares</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>Wählen Sie ein Foto und einen Stil, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Kosten werden berechnet…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>Eine Datei mit diesem Namen ist bereits vorhanden</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>„{name}“ ist bereits in {folder} vorhanden.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>Ersetzen, beide behalten (die neue Datei erhält eine Nummer wie „(2)“) oder überspringen?</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>Dateien mit diesen Namen sind bereits vorhanden</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>Ersetzen, beide behalten (die neuen Dateien erhalten eine Nummer wie „(2)“) oder überspringen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>Die Porträts konnten nicht alle exportiert werden.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>Porträts des Teams exportieren nach</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>Export nach {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>Nichts wurde nach {folder} exportiert: Noch niemand ist fertig.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>Der Export wurde abgebrochen. Die bisher geschriebenen Dateien sind vollständig.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>Größe und &amp;Datei</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>Ordner wird durchsucht…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>Die Dateien in {folder} konnten nicht gesucht werden.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>Die Porträts konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Wird nach der aktuellen Datei angehalten…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>„{name}“: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>LinkedIn und die meisten Websites zeigen ein Profilbild in einem Kreis. Dies ändert nur die Vorschau: Die Datei bleibt quadratisch, und die Website schneidet sie zu.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>Schreibt eine Angabe in die Datei: dass ein trainierter Algorithmus das Bild erstellt hat (der IPTC-„Digital Source Type“). LinkedIn und andere Websites lesen sie, um zu zeigen, dass ein Foto mit KI erstellt wurde, und der EU AI Act verlangt solche Kennzeichnungen ab August 2026. Sonst wird nichts über Sie oder das Foto geschrieben: kein Name, Ort, Datum oder Kameramodell.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Größenvorgabe</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>Runden Zuschnitt von Profilseiten anzeigen</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>Datei als KI-generiert kennzeichnen</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Vorlage für Dateinamen</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>Felder: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>Dateien, die geschrieben werden</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>Bildbreite der Teamseite</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>Bildhöhe der Teamseite</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>Die Größe, in der Ihre Teamseite das Bild jeder Person zeigt: Fragen Sie die verantwortliche Person oder sehen Sie sich eines der Bilder dort an.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>&amp;Teamseite:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>Bildausschnitt &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>Zurück zum üblichen Bildausschnitt: horizontal zentriert, unten etwas mehr abgeschnitten.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Was der Rahmen enthält</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>Das Porträt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Keine Vorschau: „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>Der Rahmen enthält {width} × {height} der {full_width} × {full_height} Pixel des Porträts (Zoom {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Keine Vorschau: „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>Nichts mehr zu schreiben.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>Schreibt „{name}“.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>„{name}“ wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>{number} von {total} wird exportiert…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>„{name}“ konnte nicht nach {folder} exportiert werden.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>Ihre eigenen Exportgrößen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>Porträt exportieren</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>Sie haben den Export vor der letzten Datei angehalten.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Nichts wurde exportiert: Die Datei ist bereits in {folder}, und Sie haben sie übersprungen. Exportieren Sie erneut und wählen Sie „Ersetzen“ oder „Beide behalten“, oder wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Nichts wurde exportiert: Alle Dateien sind bereits in {folder}, und Sie haben sie übersprungen. Exportieren Sie erneut und wählen Sie „Ersetzen“ oder „Beide behalten“, oder wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>Das Kopieren wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>Klicken Sie auf dem Vorher-Foto auf das linke Auge, dann auf das rechte ({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>Jetzt dieselben zwei Augen auf dem Nachher-Foto ({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>Die zwei Punkte eines Fotos liegen zu nah beieinander: Klicken Sie sie erneut an</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>Ausgerichtet. Klicken Sie nahe an einen Punkt, um ihn zu verschieben; Entf löscht sie; A beendet</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>Die App ist nicht für Kinder unter 13 Jahren bestimmt.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Sie können jederzeit unter &lt;i&gt;Datenschutz &amp;amp; Daten&lt;/i&gt; jede Datei im Bibliotheksordner ansehen, alles als eine ZIP-Datei exportieren oder alles löschen (Fotos, Einstellungen, Protokolle und die gespeicherten Schlüssel).</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Sie können jederzeit unter &lt;i&gt;Datenschutz &amp;amp; Daten&lt;/i&gt; jede Datei im Bibliotheksordner ansehen, alles als eine ZIP-Datei exportieren oder alles löschen (Fotos, Einstellungen, Protokolle und etwaige gespeicherte Schlüssel).</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>Die App führt keine Gesichtserkennung durch und erstellt keine Gesichtsvorlagen.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app} hat kein Konto, keine Analyse und keine Telemetrie. Ihre Originale und Porträts werden in einem Ordner Ihrer Wahl aufbewahrt; die App speichert nirgendwo sonst eine Kopie.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>Ihre Bibliothek bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Was gesendet wird, und an wen</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>Keine Biometrie</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>Ihre Daten, Ihre Rechte</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>Was an {provider} gesendet wird und was dort gespeichert bleibt</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>Ich bin 13 Jahre oder älter</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>Bestätigen Sie, dass Sie 13 Jahre oder älter sind</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>Der Hinweis (mit den Pfeiltasten blättern)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>Bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>&amp;Akzeptieren und {provider} verwenden</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>Nichts verlässt diesen Computer, bevor Sie dies gelesen und Ihr Alter bestätigt haben.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>Ihr {provider}-API-Schlüssel</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>Sie können dies auch überspringen und ihn später in den Einstellungen eingeben.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>Ein gespeicherter Schlüssel liegt im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>{lowercase} auswählen</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>Erneut ausführen?</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>Genau dieser Lauf ist bereits im Gange. Erneut ausführen und erneut bezahlen?</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>Seine Karte ist im Tab „Ergebnisse“. Ändern Sie den Stil oder eine Option für einen anderen Lauf.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>Derselbe Seed für alle hält den Look einheitlich: Die erste Variante jeder Person wird damit erstellt, die zweite mit der nächsten Zahl und so weiter.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>Beschreiben Sie, was sich für alle ändern soll: Kleidung, Hintergrund, Licht, Bildausschnitt. Die App fügt die Anweisungen hinzu, die jedes Gesicht unverändert lassen.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>Wie jedes Porträt erstellt wird</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Teamseite Acme</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Name des Kits</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>Bildanbieter</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Standardmodell des Anbieters</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Eigener Prompt</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>z. B. die Narbe über der linken Augenbraue</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>Zu erhaltende Merkmale, in Ihren Worten</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>Varianten pro Person</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>Einen anderen Seed ziehen: ein neuer Look, für alle gleich.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Erhalten:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>In Ihren Worten:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider} (hier nicht bekannt)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style} (nicht vorhanden)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Eigene Optionen von {provider}, für alle gleich:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Geben Sie dem Kit einen Namen, z. B. den des Teams.</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>Schreiben Sie den eigenen Prompt oder wählen Sie einen Stil.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>Geben Sie einen Seed ein (eine ganze Zahl) oder drücken Sie „Neuer Seed“.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>Der Seed muss eine ganze Zahl von 0 bis {largest} sein.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value} (nicht angeboten)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>In der Warteschlange…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>Fortschritt von {run}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>{run} abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>{run} erneut ausführen</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>Wieder dasselbe Foto, derselbe Stil, dieselben Optionen und derselbe Anbieter: erneut kostenpflichtig.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>Karte von {run} entfernen</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>Karten aller fertigen Läufe entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>Noch keine Läufe. Wählen Sie ein Foto und einen Stil und drücken Sie dann „Generieren“.</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sieht es Ihnen noch ähnlich?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>Zu prüfende Merkmale in diesem Porträt</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>Gesicht und Gesichtszüge</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Haare</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Geschätztes Alter</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>Haken Sie an, was in jedem Porträt unverändert bleiben muss.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>Zu erhaltende Merkmale…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>Erhalten: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Zu erhaltende Merkmale</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>Haken Sie an, was in jedem Porträt unverändert bleiben muss. Die App fügt es den Anweisungen jedes Stils hinzu; nichts hier analysiert Ihr Gesicht.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>Sonst noch etwas, in Ihren Worten (z. B. „meine Narbe über der linken Augenbraue“)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>Was sonst erhalten bleiben soll, in Ihren Worten</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>Behalten: ein Favorit. Behaltene Porträts und ihre Originale werden von der Aufbewahrungseinstellung nie entfernt, und „Löschen“ fragt vor dem Entfernen noch einmal nach.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>Behalten: ein Favorit. Ein behaltenes Foto wird von der Aufbewahrungseinstellung nie entfernt, und „In den Papierkorb“ fragt vor dem Entfernen noch einmal nach.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>Als „Behalten“ markiert</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>„{name}“ ist als „Behalten“ markiert.</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>Behaltene Elemente sind Ihre Favoriten. Trotzdem löschen?</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>Löschen, auch behaltene</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>Behaltene Elemente sind Ihre Favoriten. Trotzdem in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>In den Papierkorb, auch behaltene</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>Nur nicht behaltene</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>Nur für diese Sitzung behalten (nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>Fragt beim Anbieter nach, ob der Schlüssel funktioniert. Ein hier eingegebener Schlüssel wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider}-API-Schlüssel</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>Schlüssel von {provider} holen…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>{provider}-API-Schlüssel holen (öffnet {url} in Ihrem Browser)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} oder {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Oder setzen Sie {names} in der Umgebung: Der Wert wird gelesen, nie gespeichert, und hat Vorrang vor einem gespeicherten Schlüssel.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider} benötigt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>Speicherort des Schlüssels wird geprüft…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>Aktueller Schlüssel: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher kann ein Schlüssel nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie {url} in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>Der Speicherort des Schlüssels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>Für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>Der gespeicherte Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Es war kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Schlüssel wird entfernt…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Der Schlüssel konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>wird ermittelt…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>unbekannt: Der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · Bibliothek: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>Ihre eigenen Stile und Exportgrößen konnten nicht gelesen werden; die eingebauten werden angeboten.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Team-Kit</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>Neues Team-Kit</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>Ihre Stile und Exportgrößen werden gelesen…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>Was die Verwendung des Kits verhindert</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>erika_mustermann</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>Anteile von Breite und Höhe jedes Porträts: 0.1,0.05,0.8,0.8 behält die mittleren 80 % der Breite und schneidet oben etwas ab. Nach dem Stapel können Sie den Zuschnitt einer einzelnen Person noch anpassen.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>Verwenden Sie {name}, {date}, {time}, {style}, {n}, {original} oder {preset}.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>Wie jedes Porträt exportiert wird</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Exportgröße</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>Wie von der Größe vorgegeben</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Vorlage für Dateinamen</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>Beispiel-Dateiname</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>Dateien als KI-generiert kennzeichnen</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>Üblicher Bildausschnitt jeder Größe</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>Derselbe Zuschnitt für jedes Porträt</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>Zuschnitt jedes Porträts als Anteile x,y,w,h</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>Bildausschnitt:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>Zuschnitt:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset} (nicht vorhanden)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>Geben Sie eine Vorlage für Dateinamen ein, z. B. {name}.</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Zum Beispiel: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}, behalten, aus {photo}, {time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}, aus {photo}, {time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>Aus {photo}</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ Behalten: wird von der Aufbewahrungseinstellung nie entfernt; „Löschen“ fragt noch einmal nach.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>Der Ordner {folder} konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>Bibliothek verschieben?</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>Wenn Sie den neuen Ordner so verwenden, wie er ist, bleiben Ihre Fotos in {old}.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>Jedes Foto wird kopiert und geprüft, bevor das alte entfernt wird, damit keines verloren geht, falls das Verschieben unterbrochen wird.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>Neuen Ordner &amp;unverändert verwenden</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>Der Bibliotheksordner konnte nicht auf {folder} geändert werden.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>Die Bibliothek kann nicht verschoben werden, während Porträts erstellt werden: Sie werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>Warten Sie, bis die Läufe beendet sind (oder brechen Sie sie ab), und wählen Sie den Ordner dann erneut in den Einstellungen.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>Ihre Bibliothek wird nach {folder} verschoben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>Bibliothek wird verschoben</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>Die Bibliothek ist jetzt in {folder}, aber diese Elemente konnten nicht aus {old} entfernt werden: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>Es sind Kopien oder Ihre eigenen Dateien; entfernen Sie sie von Hand, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>Das Verschieben wurde abgebrochen; Ihre Bibliothek bleibt in {old}.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>Die Bibliothek konnte nicht nach {folder} verschoben werden; aus {old} wurde nichts entfernt.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>Nach Stil</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>Nach Foto filtern</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>Nach Stil filtern</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>Sortieren und gruppieren</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>Ausgewählte Porträts behalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>Ausgewählte Porträts in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>&amp;Porträts</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>&amp;Originale</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>Die Fotos, die Sie hinzugefügt haben: ansehen, behalten oder in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>Alle Stile</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>&amp;Porträts ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>&amp;Originale ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Bibliothek nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>Nicht alles Ausgewählte konnte in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>{photos} und {headshots} in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>Nichts in den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>Ein weiteres Foto von Ihnen</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>Das weitere Foto wird gelesen und seine Metadaten werden entfernt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>API-Schlüssel und Bibliothek</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · Stil&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>Selfie öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Foto und fügen Sie es dann ein.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>Das Foto wird gelesen und seine Metadaten werden entfernt…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>Erstellt dieses Porträt erneut in der höchsten Detailstufe Ihres Anbieters, in der benötigten Größe, sofern er so große Bilder erstellt: eine kostenpflichtige Anfrage, deren Kosten vor dem Senden angezeigt werden.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>Exportiert es trotzdem, vergrößert: größer, aber nicht schärfer.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>Vergrößert: Die Datei erhält {needed} Pixel, erzeugt aus {available}. Sie wirkt weicher als ein Porträt, das in dieser Größe erstellt wurde, vor allem im Druck, und bekommt keine zusätzlichen Details.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>Nicht genug Pixel</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>Endfassung in &amp;hoher Detailstufe…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>&amp;Trotzdem vergrößern</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}Erstellen Sie es erneut in hoher Detailstufe oder vergrößern Sie es trotzdem: Eine einfache Vergrößerung wirkt weicher und fügt keine Details hinzu.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}Vergrößern Sie es trotzdem (eine einfache Vergrößerung wirkt weicher und fügt keine Details hinzu) oder wählen Sie einen Anbieter, der größere Bilder erstellt.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>Die Vorschau konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>Details finden Sie im Protokoll.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>Bildanbieter</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Anzahl der Varianten</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>Wählen Sie ein Foto und einen Stil.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Kostenschätzung</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>&amp;Generieren  (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>Porträts generieren</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>Wohin Ihr Foto geht</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>In jedem Porträt zu erhaltende Merkmale</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>Diesen Stil mit mehreren Anbietern gleichzeitig erstellen, nebeneinander</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Weitere Optionen</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>Va&amp;rianten:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · Optionen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>&amp;Weitere Optionen ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>Noch keine Porträts</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>noch keine Porträts</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>Hinzugefügt {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ Behalten: wird von der Aufbewahrungseinstellung nie entfernt</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>Originalfotos</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Die Fotos, die Sie hinzugefügt haben, ohne ihre Metadaten. Daraus werden Porträts erstellt.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>Ausgewählte Fotos behalten</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>In den &amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>Ausgewählte Fotos in den Papierkorb verschieben; Sie entscheiden, ob ihre Porträts mitgehen</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>Zu&amp;gehörige Porträts anzeigen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Noch in Verwendung</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>Das Foto „{name}“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>Daraus wurden keine Porträts erstellt. Sie können es aus dem Papierkorb des Systems zurückholen.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>Daraus wurden keine Porträts erstellt. Sie können sie aus dem Papierkorb des Systems zurückholen.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>Foto und Porträts</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>Fotos und Porträts</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>Nur das Foto</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>Nur die Fotos</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>Personenlisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Personen anhand ihrer Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>Alle aus einem Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Personen aus einer Liste hinzufügen</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>Die Personen in {file} konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>Diese Fotos konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>Dort wurden keine Fotos gefunden. Fügen Sie Fotos (JPEG, PNG, WebP, HEIC…) oder einen Ordner mit Fotos hinzu.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>Diese Personen konnten dem Stapel nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>Halten Sie den Stapel zuerst an, um Personen zu entfernen.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>Nur noch wartende Personen können entfernt werden: Die anderen wurden bereits verarbeitet.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>Aus dem Stapel entfernen?</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>{names} aus dem Stapel entfernen?</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>Diese Personen konnten nicht aus dem Stapel entfernt werden.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: keine</translation>
    </message>
    <message>
        <source>{heading}: {value}</source>
        <translation>{heading}: {value}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>People in the batch</source>
        <translation>Personen im Stapel</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>Wählen Sie eine Person aus, um ihre Varianten zu sehen; drücken Sie die Eingabetaste und dann 1–4, um die beste auszuwählen.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>Zuschnitt &amp;anpassen…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>Anpassen, wie das Porträt dieser Person zugeschnitten ist</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>Die Auswahl für {name} konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>Kamerafoto</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>hineingezogenes Bild</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>Gewähltes Foto; ablegen oder klicken, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>Fotodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Kamera…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Foto mit der Kamera aufnehmen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · Ihr Foto&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · Metadaten entfernt. Legen Sie ein anderes Foto ab, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>%n Porträt als {made_as} in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Porträts als {made_as} in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>Das Porträt konnte nicht kopiert werden.</numerusform>
            <numerusform>Die %n Porträts konnten nicht kopiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>Das Porträt konnte nicht zum Ziehen vorbereitet werden.</numerusform>
            <numerusform>Die %n Porträts konnten nicht zum Ziehen vorbereitet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>{number} von %n Porträt wird zum Ziehen vorbereitet…</numerusform>
            <numerusform>{number} von %n Porträts werden zum Ziehen vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>Das Porträt konnte nicht herausgezogen werden.</numerusform>
            <numerusform>Die %n Porträts konnten nicht herausgezogen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n Original</numerusform>
            <numerusform>%n Originale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n Porträt</numerusform>
            <numerusform>%n Porträts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>%n Foto oder Porträt, das Sie zuvor in {app} gelöscht haben, ist noch im Papierkorb des Systems.</numerusform>
            <numerusform>%n Fotos und Porträts, die Sie zuvor in {app} gelöscht haben, sind noch im Papierkorb des Systems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n der Dateien ist bereits in {folder}:</numerusform>
            <numerusform>%n der Dateien sind bereits in {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>und %n weitere (siehe „Details anzeigen“).</numerusform>
            <numerusform>und %n weitere (siehe „Details anzeigen“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>Schreibt %n Datei: {names}.</numerusform>
            <numerusform>Schreibt %n Dateien: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>%n Porträt exportieren</numerusform>
            <numerusform>%n Porträts exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n Datei nach {folder} exportiert.</numerusform>
            <numerusform>%n Dateien nach {folder} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>%n bereits vorhandene Datei übersprungen: {names}.</numerusform>
            <numerusform>%n bereits vorhandene Dateien übersprungen: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>Sie haben den Export angehalten; %n weitere Datei wurde nicht exportiert.</numerusform>
            <numerusform>Sie haben den Export angehalten; %n weitere Dateien wurden nicht exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>%n Datei wurde zuvor exportiert: {names}. Exportieren Sie erneut, um mit dem Rest fortzufahren.</numerusform>
            <numerusform>%n Dateien wurden zuvor exportiert: {names}. Exportieren Sie erneut, um mit dem Rest fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>%n Merkmal wird erhalten…</numerusform>
            <numerusform>%n Merkmale werden erhalten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} wird noch verwendet, daher wurde nichts in den Papierkorb verschoben.</numerusform>
            <numerusform>{names} werden noch verwendet, daher wurde nichts in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>Es ist auf der Seite „Erstellen“ geöffnet, oder ein Lauf benötigt es noch. Öffnen Sie ein anderes Foto oder warten Sie, bis der Lauf endet, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Sie sind auf der Seite „Erstellen“ geöffnet, oder ein Lauf benötigt sie noch. Öffnen Sie ein anderes Foto oder warten Sie, bis der Lauf endet, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>Daraus wurde %n Porträt erstellt. Soll es ebenfalls in den Papierkorb verschoben oder ohne sein Foto in der Bibliothek behalten werden?</numerusform>
            <numerusform>Daraus wurden %n Porträts erstellt. Sollen sie ebenfalls in den Papierkorb verschoben oder ohne ihr Foto in der Bibliothek behalten werden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>Daraus wurde %n Porträt erstellt. Soll es ebenfalls in den Papierkorb verschoben oder ohne sein Foto in der Bibliothek behalten werden?</numerusform>
            <numerusform>Daraus wurden %n Porträts erstellt. Sollen sie ebenfalls in den Papierkorb verschoben oder ohne ihre Fotos in der Bibliothek behalten werden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>%n Foto in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Fotos in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n davon ist als „Behalten“ markiert: {names}.</numerusform>
            <numerusform>%n davon sind als „Behalten“ markiert: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>Ihre Bibliothek (%n Foto) nach {folder} verschieben?</numerusform>
            <numerusform>Ihre Bibliothek (%n Fotos) nach {folder} verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>Ihre Bibliothek wird nach {folder} verschoben…
{done} von %n Datei kopiert und geprüft.</numerusform>
            <numerusform>Ihre Bibliothek wird nach {folder} verschoben…
{done} von %n Dateien kopiert und geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>%n Foto nach {folder} verschoben.</numerusform>
            <numerusform>%n Fotos nach {folder} verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>Die Markierung „Behalten“ konnte nicht geändert werden.</numerusform>
            <numerusform>Die Markierungen „Behalten“ konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>%n Foto in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Fotos in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>%n Porträt in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Porträts in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>%n weiteres Foto von Ihnen wird mit diesem gesendet, ohne Metadaten.</numerusform>
            <numerusform>%n weitere Fotos von Ihnen werden mit diesem gesendet, ohne Metadaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>Der Bibliotheksindex wurde aus Ihren Dateien neu aufgebaut; %n Porträt hat Stil, Prompt und Kosten zurückerhalten.</numerusform>
            <numerusform>Der Bibliotheksindex wurde aus Ihren Dateien neu aufgebaut; %n Porträts haben Stil, Prompt und Kosten zurückerhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>Bei %n ging es nicht: {names}.</numerusform>
            <numerusform>Bei %n ging es nicht: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>%n Verknüpfung im Bibliotheksordner wurde nicht verfolgt.</numerusform>
            <numerusform>%n Verknüpfungen im Bibliotheksordner wurden nicht verfolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>Weitere Optionen: die %n Option von {provider}</numerusform>
            <numerusform>Weitere Optionen: die %n Optionen von {provider}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>Kosten: &lt;b&gt;kostenlos&lt;/b&gt;: %n Bild, erstellt auf Ihrem Server unter {hosts}; nichts wird an einen Cloud-Dienst gesendet.</numerusform>
            <numerusform>Kosten: &lt;b&gt;kostenlos&lt;/b&gt;: %n Bilder, erstellt auf Ihrem Server unter {hosts}; nichts wird an einen Cloud-Dienst gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>Kosten: &lt;b&gt;kostenlos&lt;/b&gt;: %n Bild, auf diesem Computer von {title} erstellt.</numerusform>
            <numerusform>Kosten: &lt;b&gt;kostenlos&lt;/b&gt;: %n Bilder, auf diesem Computer von {title} erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>Geschätzte Kosten: &lt;b&gt;{price}&lt;/b&gt; für %n Bild, bezahlt an {title} mit Ihrem Schlüssel.</numerusform>
            <numerusform>Geschätzte Kosten: &lt;b&gt;{price}&lt;/b&gt; für %n Bilder, bezahlt an {title} mit Ihrem Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>Geschätzte Kosten: &lt;b&gt;{price}&lt;/b&gt; für %n Bild, bezahlt an {title}.</numerusform>
            <numerusform>Geschätzte Kosten: &lt;b&gt;{price}&lt;/b&gt; für %n Bilder, bezahlt an {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>%n bezahltes Porträt wurde in {folder} aufbewahrt, weil die Bibliothek es damals nicht aufnehmen konnte. Jetzt in die Bibliothek verschieben?</numerusform>
            <numerusform>%n bezahlte Porträts wurden in {folder} aufbewahrt, weil die Bibliothek sie damals nicht aufnehmen konnte. Jetzt in die Bibliothek verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>%n Porträt in die Bibliothek verschoben.</numerusform>
            <numerusform>%n Porträts in die Bibliothek verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n von {total} fertig</numerusform>
            <numerusform>%n von {total} fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>Fertig · %n Porträt · {cost}</numerusform>
            <numerusform>Fertig · %n Porträts · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>Fertig · %n Porträt</numerusform>
            <numerusform>Fertig · %n Porträts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>%n Porträt nach {folder} exportiert.</numerusform>
            <numerusform>%n Porträts nach {folder} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n Variante</numerusform>
            <numerusform>%n Varianten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>die verbleibende %n Person</numerusform>
            <numerusform>die verbleibenden %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;Weitere Fotos von Ihnen helfen, dass es Ihnen ähnlich sieht (optional, bis zu %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;Weitere Fotos von Ihnen helfen, dass es Ihnen ähnlich sieht (optional, bis zu %n):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>LinkedIn-Kreis, %n Pixel</numerusform>
            <numerusform>LinkedIn-Kreis, %n Pixel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n Pixel breit</numerusform>
            <numerusform>%n Pixel breit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n Pixel</numerusform>
            <numerusform>%n Pixel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n Pixel, wie neben einem Kommentar</numerusform>
            <numerusform>%n Pixel, wie neben einem Kommentar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>Als Kachel auf einer Teamseite, %n Pixel breit. Derselbe Bildausschnitt für alle macht die Köpfe gleich groß.</numerusform>
            <numerusform>Als Kachel auf einer Teamseite, %n Pixel breit. Derselbe Bildausschnitt für alle macht die Köpfe gleich groß.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} in seiner Größe auf Papier, {size}, gemäß der Größe, die dieser Bildschirm meldet (%n Pixel pro Zoll). Halten Sie ein Lineal daran, um es zu prüfen.</numerusform>
            <numerusform>{preset} in seiner Größe auf Papier, {size}, gemäß der Größe, die dieser Bildschirm meldet (%n Pixel pro Zoll). Halten Sie ein Lineal daran, um es zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} in etwa seiner Größe auf Papier, {size}. Dieser Bildschirm meldet seine tatsächliche Größe nicht, daher rechnet die App mit %n Pixel pro Zoll: Die angezeigte Größe ist ungefähr.</numerusform>
            <numerusform>{preset} in etwa seiner Größe auf Papier, {size}. Dieser Bildschirm meldet seine tatsächliche Größe nicht, daher rechnet die App mit %n Pixeln pro Zoll: Die angezeigte Größe ist ungefähr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>{title} verwenden?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bevor Ihre Fotos dorthin gehen, lesen Sie bitte, was {title} damit macht.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bitte lesen Sie, was {title} damit macht.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>{title} verwenden</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>Bildanbieter</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>Wohin Ihr Foto geht und was der Anbieter speichert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>Die Modelle, die Ihr Schlüssel verwenden kann</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>Grobe Vorschauen beim Rendern</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> Vorschauen beim Rendern</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>&amp;Vorschauen:</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider} benötigt keinen API-Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider}-API-Schlüssel</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider} sendet keine Vorschauen.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>Neuestes, das Ihr Schlüssel verwenden kann (empfohlen)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>Die Modelle, die Ihr Schlüssel verwenden kann, werden abgerufen…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>Die Modelle, die Ihr Schlüssel verwenden kann, konnten nicht abgerufen werden. {reason} Das gewählte Modell bleibt, und Sie können den Namen eines anderen eingeben.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider} bietet für diesen Schlüssel keine Bildmodelle an. Sie können den Namen eines Modells eingeben.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>Entwurf (niedrig)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>Gut (mittel)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>Beste (hoch)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>Wie vom Stil vorgegeben</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>Ihr Foto geht nur an {title} unter {hosts}, wenn Sie auf „Generieren“ drücken; nichts wird an einen Cloud-Dienst gesendet. Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>Ihr Foto bleibt auf diesem Computer, bis Sie auf „Generieren“ drücken; dann gehen nur seine Pixel über HTTPS an {title} ({hosts}). Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>Ihr Foto bleibt auf diesem Computer, bis Sie auf „Generieren“ drücken; dann gehen nur seine Pixel über HTTPS an {title}. Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>Ihr Foto verlässt diesen Computer nie: {title} erstellt die Porträts hier. Kein Konto, kein Tracking.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, gehen das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils an &lt;b&gt;{title}&lt;/b&gt; unter &lt;b&gt;{hosts}&lt;/b&gt; (in Ihrem Netzwerk). Nichts wird an einen Cloud-Dienst gesendet.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, gehen das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils an &lt;b&gt;{title}&lt;/b&gt; unter &lt;b&gt;{hosts}&lt;/b&gt; (auf diesem Computer). Nichts wird an einen Cloud-Dienst gesendet.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, erstellt &lt;b&gt;{title}&lt;/b&gt; unter {hosts} das Porträt auf diesem Computer: Ihr Foto verlässt ihn nicht.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, erstellt &lt;b&gt;{title}&lt;/b&gt; das Porträt auf diesem Computer: Ihr Foto verlässt ihn nicht.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, werden das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils über HTTPS mit Ihrem eigenen API-Schlüssel an &lt;b&gt;{title}&lt;/b&gt; ({hosts}) gesendet. Sonst verlässt nichts Ihren Computer.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, werden das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils über HTTPS an &lt;b&gt;{title}&lt;/b&gt; ({hosts}) gesendet. Sonst verlässt nichts Ihren Computer.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, werden das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils über HTTPS mit Ihrem eigenen API-Schlüssel an &lt;b&gt;{title}&lt;/b&gt; gesendet. Sonst verlässt nichts Ihren Computer.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>Wenn Sie auf &lt;b&gt;Generieren&lt;/b&gt; drücken, werden das gewählte Foto (verkleinert, ohne Metadaten wie Standort und Kameradaten) und der Text des Stils über HTTPS an &lt;b&gt;{title}&lt;/b&gt; gesendet. Sonst verlässt nichts Ihren Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;Was {title} speichert:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>Bedingungen von {title}, gelesen am {date}.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>unbekannt ({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>etwa {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{title} unter {hosts}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: kein API-Schlüssel nötig</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>API-Schlüssel für {title}: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>Einige Einstellungen waren beschädigt</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>Beiseitegelegte Porträts</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>Die beiseitegelegten Porträts konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>Diese konnten noch nicht verschoben werden:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>Aufbewahrte Porträts</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>Die aufbewahrten Porträts konnten nicht in die Bibliothek verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>Ein weiteres Foto von Ihnen hinzufügen, damit die Ähnlichkeit erhalten bleibt</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} nimmt keine weiteren Fotos von Ihnen an.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: Klicken, um es zu entfernen</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>Weiteres Foto {number} entfernen, {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>Dieses Porträt verfeinern</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>Was geändert werden soll, z. B. „Krawatte marineblau statt rot“, „weniger Lächeln“</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was geändert werden soll</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>Die App sendet {name} mit Ihrem Selfie, damit die Änderung Ihre Ähnlichkeit und Ihre zu erhaltenden Merkmale bewahrt.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Verfeinern</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>Eine neue Variante von {style} aus demselben Foto.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name} erneut in der höchsten Detailstufe erstellt.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>Endfassung in hoher Detailstufe</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider} gibt nicht an, wie groß die Bilder sind, daher kann auch eine Endfassung noch zu klein sein.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider} kann es erneut mit {size} Pixeln erstellen, das reicht aus.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>Das größte Bild, das {provider} erstellt, hat {size} Pixel, nicht mehr als dieses Porträt.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>Das größte Bild, das {provider} erstellt, hat {size} Pixel, zugeschnitten {framed}: näher dran, aber immer noch zu klein.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name} erneut in der höchsten Detailstufe erstellt (der Anbieter gibt die Größe nicht an).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name} erneut in der höchsten Detailstufe erstellt, in der größten Größe, die {provider} erstellt: {size} Pixel.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name} erneut in der höchsten Detailstufe erstellt, mit {size} Pixeln.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>Das reicht für {destination}.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination} benötigt {needed}: Es wird trotzdem vergrößert, von etwa {framed}.</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}, behalten</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
Behalten: ein Favorit</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>Es wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>Nicht jedes gewählte Porträt konnte in den Papierkorb verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Ihre Porträts erscheinen hier.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>Wählen Sie unten ein Ergebnis, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>&amp;Verfeinern…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>Dieses Porträt nach Ihren Worten ändern (beschreiben Sie was) und dabei Ihre Ähnlichkeit bewahren</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>Eine neue Variante mit demselben Stil und Foto</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>Endfassung in &amp;hoher Detailstufe</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>Dieses Porträt erneut in der höchsten Detailstufe erstellen</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · „{instruction}“</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>Die Aufbewahrungseinstellungen konnten nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>Die Aufbewahrungseinstellungen konnten nicht vollständig angewendet werden. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>Der Ordner {folder} konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>Öffnen Sie diesen Ordner selbst in Ihrem Dateimanager.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>Öffnen oder erstellen Sie ein Team-Kit und fügen Sie dann Personen hinzu, um zu sehen, was der Stapel kostet.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>Die Kosten des Stapels konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>Der Stapel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>Der Stapel wurde angehalten.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>Das Kit kann auf diesem Computer nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>Niemand wartet auf die Verarbeitung.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>St&amp;arten · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Kosten werden berechnet…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>Die fehlgeschlagenen Personen konnten nicht erneut eingereiht werden.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>Wird angehalten… Die gerade bearbeiteten Personen kommen zurück in die Warteschlange.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>Der Stapel wurde angehalten. Setzen Sie ihn fort, wann immer Sie möchten.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>Diesem Server in meinem Netzwerk vertrauen (unverschlüsseltes http://)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>Diesem Server in meinem Netzwerk vertrauen</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>Über unverschlüsseltes http:// geht Ihr Foto unverschlüsselt durchs Netzwerk: Jeder darin könnte es sehen. Haken Sie dies nur für Ihren eigenen Server in einem vertrauenswürdigen Netzwerk an, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>Server &amp;testen</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>Das Foto konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>Der Bibliotheksordner konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>Der Inhalt der Bibliothek konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>Das Selfie, aus dem {name} erstellt wurde, ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>Die Versionen von {name} konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>Das Porträt {name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>Es wurde möglicherweise verschoben oder gelöscht. Drücken Sie F5, um den Bibliotheksordner neu einzulesen.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>Das Porträt {name} konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>Bild {index} von {total} wird gerendert…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>Bild {index} von {total} wird erstellt… {percent} %</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} Neuer Versuch in {seconds} s…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>Alte Fotos konnten nicht wie in der Aufbewahrungseinstellung vorgesehen entfernt werden.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>Abgebrochen · nichts wurde behalten</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>Beim Erstellen des Porträts ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>Der Lauf konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>Nach dem Generieren in den Papierkorb, sobald Sie zu einem anderen Foto wechseln</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>Nach einer Anzahl von Tagen in den Papierkorb</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>Anbieter &amp;&amp; &amp;Schlüssel</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>Was mit Originalen geschieht</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>Tage, die Originale behalten werden</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>Tage, die Protokolle behalten werden</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>O&amp;riginale:</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…nach:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Als „Behalten“ markierte Originale (Bibliothek ▸ Originale) und die Originale behaltener Porträts bleiben immer erhalten. Porträts selbst werden von dieser Einstellung nie entfernt.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>&amp;Protokolle behalten für:</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Eine neue Sprache gilt ab dem nächsten Start der App.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>Da&amp;tenschutz &amp;&amp; Daten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>Alles, was die App speichert, liegt auf diesem Computer: der Bibliotheksordner, Vorschaubilder, Protokolle, Einstellungen und die API-Schlüssel im Schlüsselbund des Systems. Nichts wird irgendwohin gesendet außer dem Foto, aus dem Sie ein Porträt generieren, an den gewählten Bildanbieter.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>Alle meine Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>Alle meine Daten als ZIP-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Bibliotheksordner auswählen</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>Die Modelle konnten nicht abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>Eingebaute Stile können nicht bearbeitet werden; erstellen Sie stattdessen einen neuen Stil.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>Hochformat (höher als breit)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>Querformat (breiter als hoch)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>Stil bearbeiten</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>Neuer Stil</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>Name des Stils</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>Beschreibung des Stils</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>Prompt des Stils</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>Beschreiben Sie, was sich ändern soll: Kleidung, Hintergrund, Licht, Bildausschnitt. Die App fügt die Anweisungen hinzu, die Ihr Gesicht unverändert lassen.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>Der Stil konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Stile</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>Ergebnis&amp;se</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>Team-Kits (*.headshot-kit.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Team-Kit</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Neues Kit…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>Neues Team-Kit erstellen</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>&amp;Kit öffnen…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>Team-Kit-Datei öffnen</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>Kit speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>Team-Kit als Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>&amp;Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Personen anhand ihrer Fotos hinzufügen</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>Eine Person pro Foto</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>Alle aus einem Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>Eine Person pro Foto im Ordner</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>Aus &amp;CSV hinzufügen…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Personen aus einer Liste hinzufügen</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>Eine CSV-Datei: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>oder legen Sie Fotos und Ordner in der Tabelle ab.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>Den angehaltenen Stapel fortsetzen</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>Kosten des Stapels</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>Ausgabenobergrenze in Dollar</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>Der Stapel hält an, bevor die nächste Person diesen Betrag überschreiten würde.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>Ausgaben&amp;grenze:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>Stapel starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>Stapel anhalten; er kann später fortgesetzt werden</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>Die durch einen Fehler gestoppten Personen erneut einreihen (nichts wurde bezahlt)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Fortschritt des Stapels</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>Stand des Stapels</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>Alle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>Das Porträt jeder fertigen Person exportieren</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Die exportierten Dateien in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>Die Team-Stapel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team-Kit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>Noch kein Team-Kit. Erstellen Sie eines mit „Neu…“ oder öffnen Sie eines, das ein Kollege geteilt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (nicht gespeichert)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>Dieses Kit kann auf diesem Computer nicht verwendet werden: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>Team-Kit öffnen</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>Das Team-Kit {file} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>Team-Kit speichern</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>Das Team-Kit konnte nicht in {file} gespeichert werden.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>Das Team-Kit wurde in {file} gespeichert.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>Der Stapel läuft mit seinem eigenen Kit. Halten Sie ihn an, bevor Sie ein anderes Kit wählen.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>Ein neuer Stapel beginnt mit diesem Kit; der vorherige bleibt in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>Ein ganzes Team in einem einheitlichen Stapel: ein Kit, ein Porträt für jeden</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>Abgelehnt — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>Fehlgeschlagen — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} Std.</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{done} von {total} · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>Warten auf das Anfragelimit des Anbieters · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>Kostenlos auf Ihrem Server für {who}</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>kostenlos auf Ihrem Server</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>Kostenlos auf diesem Computer für {who}</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>kostenlos auf diesem Computer</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>Die Kosten für {who} sind unbekannt ({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>Die Kosten für {who} sind unbekannt.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>Etwa {cost} für {who}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>etwa {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{cost} für {who}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Eigener Prompt</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · Export: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>Dieser Stapel wurde angehalten, {done} von {total} sind fertig.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>Vorschauen in Originalgröße</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>Kachel auf der Teamseite</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>Druck in Originalgröße auf Papier</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>&amp;Teamseite</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Druck</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Name&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Funktion</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>So wie LinkedIn es zeigt: in einem Kreis, von der Profilseite bis zur Größe neben einem Kommentar.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>So wie LinkedIn es zeigt: in einem Kreis, von der Profilseite bis zur Größe neben einem Kommentar. LinkedIn behält das mittlere Quadrat eines nicht quadratischen Bildes.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>Wählen Sie eine Druckgröße wie „Druck 8 × 10“ oder „Casting 5 × 7“, um sie in ihrer Größe auf Papier zu sehen.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} Zoll</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>Klicken Sie auf ein Porträt oder drücken Sie seine Nummer (1–4), um das zu exportierende auszuwählen.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>Sieht jedes der Person noch ähnlich? Vergleichen Sie es mit ihrem Foto links.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Ihr Foto</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;Ihr Foto&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>Zu den Porträts dieser Person</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;Wählen Sie eine Person&lt;/b&gt;, um ihre Porträts zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>Noch keine Porträts dieser Person.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>Die Porträts von {name} konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>Dieses Porträt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · ausgewählt</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>Variante {number}, ausgewählt</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>Variante {number}</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: erste</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>Version {number}: erste</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: „{instruction}“</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>Version {number}: „{instruction}“</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>Es ist kein {provider}-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>Geben Sie Ihren Schlüssel in den Einstellungen ein oder setzen Sie {variables}.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>Es ist kein API-Schlüssel für Black Forest Labs festgelegt.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>die Region in den Einstellungen</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>Auslieferungs-Host von BFL</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>der von BFL übermittelte Link</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} hat eine Antwort gegeben, die nicht von BFL stammt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>Ihr {service}-Konto hat keine Credits mehr.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>Laden Sie unter {address} Credits auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} bietet {model} nicht an.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} hat einen Wert in der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>Wählen Sie ein anderes Modell, eine andere Form oder Detailstufe oder ein anderes Foto.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>Bei {service} laufen zu viele Ihrer Aufträge gleichzeitig.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut, oder fordern Sie weniger Varianten auf einmal an.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>Prüfen Sie das Modell in den Einstellungen oder versuchen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>Die Moderation von {service} hat Ihr Foto oder den Text des Stils vor dem Start beanstandet{reasons}. BFL berechnet dafür nichts.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>Versuchen Sie ein anderes Foto (gut beleuchtet, nur Sie im Bild) oder einen anderen Stil.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>Die Moderation von {service} hat das erstellte Porträt beanstandet, daher wurde es nicht ausgeliefert{reasons}. BFL berechnet dafür nichts.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} hat beim Erstellen des Bildes einen Fehler gemeldet{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} kennt den erteilten Auftrag nicht mehr (Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} hat einen Auftragsstatus gemeldet, den die App nicht kennt: „{status}“.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>Der Link zum fertigen Porträt ist abgelaufen, bevor es abgerufen werden konnte.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>Das fertige Porträt konnte nicht von {service} abgerufen werden (HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL hat es erstellt und möglicherweise berechnet: Versuchen Sie es erneut, um ein neues zu erstellen.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>Abgebrochen. Black Forest Labs kann einen eingereihten Auftrag nicht stoppen; er wird möglicherweise trotzdem abgeschlossen und berechnet.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>{model} von Black Forest Labs nimmt höchstens {count} Referenzfotos an.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>Wählen Sie weniger Referenzfotos oder ein anderes FLUX-Modell.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>eine Auftragsantwort ohne ID</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>eine Abfrageadresse außerhalb von BFL ({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>ein Auftragsstatus, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>ein fertiger Auftrag ohne HTTPS-Link zu seinem Bild</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} hat das Bild nicht innerhalb von {seconds:.0f} Sekunden fertiggestellt, daher hat die App aufgehört zu warten.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>Es wird möglicherweise trotzdem fertiggestellt und berechnet: Prüfen Sie Ihre Nutzungsseite, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>ein Bild, größer als jedes Porträt</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>Abgebrochen. Black Forest Labs hatte das Bild bereits erstellt und berechnet es.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs hat nicht veröffentlicht, wie lange seine API die gesendeten Fotos und Bilder speichert oder ob sie für das Training verwendet werden: Wir konnten beides nicht bestätigen. Lesen Sie die API-Bedingungen: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>Das Foto geht standardmäßig an den EU-Host von BFL (api.eu.bfl.ai, den BFL nur in EU-Regionen betreibt); Sie können stattdessen den globalen oder den US-Host wählen.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>Das fertige Porträt kommt von einem zweiten BFL-Host (delivery…bfl.ai) über einen Link zurück, der etwa 10 Minuten gültig ist; die App ruft es sofort ab, ohne Ihren Schlüssel.</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>us</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>Wo BFL Ihr Foto empfängt: sein EU-Host (Standard), sein globaler Host oder sein US-Host.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>Das Format, in dem BFL das Porträt sendet.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>Verwenden Sie https:// oder haken Sie in den Einstellungen „Diesem Server in meinem Netzwerk vertrauen“ an (auf der Kommandozeile: einmal --trust-server). Tun Sie das nur in einem vertrauenswürdigen Netzwerk: Unverschlüsseltes http:// kann unterwegs mitgelesen werden.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>Die ComfyUI-Adresse {address} ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>Der ComfyUI-Server {server} würde über unverschlüsseltes http:// erreicht, wodurch Ihr Foto unverschlüsselt durchs Netzwerk geht.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>Prüfen Sie, ob die Adresse in den Einstellungen Ihr ComfyUI-Server ist.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>ComfyUI unter {server}</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} hat die Anfrage abgelehnt (HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>Falls ComfyUI hinter einem Proxy oder mit besonderen Einstellungen läuft, prüfen Sie diese.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} antwortet nicht wie ComfyUI (HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} hatte ein Problem (HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>Sehen Sie im Fenster oder Protokoll von ComfyUI nach und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} konnte die Anfrage nicht ausführen (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>Prüfen Sie den Workflow und die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>Knoten {node} ({type}): {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} hat den Workflow abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>Installieren Sie das Genannte auf dem Server (eine Modelldatei oder einen Custom Node) oder wählen Sie einen anderen Workflow.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>Knoten {node} ({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} hat nicht genug GPU-Speicher für dieses Modell (es benötigt etwa {size:g} GB).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} hat nicht genug GPU-Speicher für dieses Modell.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>Wählen Sie in den Einstellungen einen kleineren Workflow (FLUX.2 [klein] 4B), schließen Sie andere Programme, die die GPU nutzen, oder verwenden Sie einen Server mit einer größeren GPU.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} wurde mit einem Fehler in {node} beendet: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>Details finden Sie im Fenster oder Protokoll von ComfyUI.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} wurde neu gestartet oder hat den Lauf vergessen, während es Ihr Porträt erstellte.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>Die Verbindung zu {service} ist abgebrochen, während es Ihr Porträt erstellte.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>Nichts wurde behalten. Prüfen Sie, ob ComfyUI läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>Der Lauf wurde auf {service} gestoppt (jemand hat dort „Abbrechen“ gedrückt, oder er wurde unterbrochen).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>Nichts wurde behalten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>Die Live-Verbindung (WebSocket) zu {service} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>Prüfen Sie, ob ComfyUI unter der Adresse in den Einstellungen läuft.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>Unter {address} antwortet nichts.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>Prüfen Sie, ob ComfyUI dort läuft, und die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>Der Server unter {address} ist kein ComfyUI.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(Version nicht angegeben)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>keine GPU, daher läuft es auf dem Prozessor (sehr langsam)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu} mit {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>ComfyUI {version} unter {server} gefunden: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: Seine Lizenz ({licence}) erlaubt keine kommerzielle Nutzung.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>eine Knotenliste, die kein Objekt ist</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>Der ComfyUI-Workflow {workflow} nimmt keine Referenzfotos an; {chosen} wurden gewählt.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>Der ComfyUI-Workflow {workflow} nimmt höchstens {count} Referenzfoto an; {chosen} wurden gewählt.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>Der ComfyUI-Workflow {workflow} nimmt höchstens {count} Referenzfotos an; {chosen} wurden gewählt.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>Wählen Sie weniger Referenzfotos oder einen Workflow mit Platzhaltern {{{{reference_1}}}}, {{{{reference_2}}}}, … (je ein LoadImage).</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>eine Upload-Antwort ohne Dateinamen</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} wurde nicht innerhalb von {minutes:.0f} Minuten fertig, daher wurde der Lauf gestoppt.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>Ein großes Modell auf einer kleinen GPU (oder einer CPU) kann sehr langsam sein.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} erstellt Ihr Porträt…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} wurde ohne Bild beendet.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>Prüfen Sie, ob der Workflow mit einem PreviewImage- oder SaveImage-Knoten endet.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI (Ihr eigener Server)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>Nichts wird an einen Cloud-Dienst gesendet: Das Foto geht nur an den ComfyUI-Server, den Sie betreiben, und dieser speichert, was seine eigenen Einstellungen vorsehen. Die App lädt es als temporäre Datei hoch (ComfyUI löscht diese beim Start) und entfernt den Lauf aus dem Verlauf des Servers, sobald das Porträt zurück ist.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>Die mitgelieferten Workflows verwenden Open-Weight-Modelle, die Sie einmalig auf Ihren Server herunterladen; ihre Lizenzen unterscheiden sich (FLUX.1 Kontext [dev] ist nur für nicht kommerzielle Nutzung).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511 (beste Ähnlichkeit)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B (schnell, kleinere GPUs)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev] (nur nicht kommerzielle Nutzung)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>wie vom Autor angegeben</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>Es gibt keinen ComfyUI-Workflow namens {name}.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>Bekannte Workflows: {names}, oder der Pfad Ihrer eigenen Workflow-Datei im API-Format.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>Die Workflow-Datei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>Die Workflow-Datei {path} ist größer als jeder Workflow (über 2 MB).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>Die Workflow-Datei {path} ist kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>Die Workflow-Datei {path} ist nicht im API-Format von ComfyUI.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>Verwenden Sie in ComfyUI „Workflow ▸ Export (API)“ und wählen Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>Die Workflow-Datei {path} hat keinen Platzhalter {placeholders}.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>Setzen Sie {{{{photo}}}} dort ein, wo LoadImage sein Bild benennt, und {{{{prompt}}}} dort, wo der Text steht; {{{{seed}}}}, {{{{width}}}} und {{{{height}}}} sind optional.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>Der Workflow verlangt {placeholder}, was die App nicht ausfüllt.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>Bekannte Platzhalter: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} hat keinen Knoten namens „{type}“ (Knoten {node} dieses Workflows).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>Aktualisieren Sie ComfyUI oder installieren Sie den Custom Node, der ihn bereitstellt.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>Dieser Workflow verwendet „{type}“, einen Knoten, der das Bild an einen Cloud-Dienst sendet, daher führt die App ihn nicht aus.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>Wählen Sie einen Workflow, der nur auf Ihrem Server läuft.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>Der Knoten „{type}“ von {server} hat keinen Eingang namens „{name}“ (Knoten {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>Aktualisieren Sie ComfyUI: Der Workflow wurde für eine neuere Version erstellt.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} hat die Modelldatei {file} nicht, die {workflow} benötigt ({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} Legen Sie sie in den Ordner models/{folder} von ComfyUI (etwa {size:g} GB; erhältlich unter {address}).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>Laden Sie sie auf den Server herunter, starten Sie ComfyUI neu oder wählen Sie einen anderen Workflow.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>Fake-Anbieter (Entwickler)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>Nichts verlässt diesen Computer: Der Fake-Anbieter erstellt seine Bilder lokal und speichert nichts.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>kühl</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>Die Tönung, die das Fake-Porträt erhält.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>Dieser Fehler wurde absichtlich angefordert: Entfernen Sie {variable} (oder die Fail-Option), um ihn abzustellen.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>Der Fake-Anbieter hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>Der Fake-Anbieter hat den Zugriff auf sein Modell verweigert.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>Das Konto beim Fake-Anbieter hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>Der Fake-Anbieter begrenzt, wie schnell Anfragen gesendet werden können.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>Das Sicherheitssystem des Fake-Anbieters hat dieses Foto oder den Prompt des Stils abgelehnt.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>Der Fake-Anbieter konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>Der Fake-Anbieter bietet das Angeforderte nicht an.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>Der Fake-Anbieter hatte auf seiner Seite ein Problem.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>Die Verbindung zum Fake-Anbieter wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>Der Fake-Anbieter hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>Der Fake-Anbieter hat eine unlesbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>Der Fake-Anbieter kann nicht mit {value} fehlschlagen.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>Verwenden Sie eine der Arten {kinds}, optional gefolgt von :N.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>Die Latenz {value} des Fake-Anbieters ist keine Sekundenzahl von 0 bis 3600.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>Korrigieren Sie {variable} oder die Latenz-Option.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>Der Fake-Anbieter hat kein Modell namens {model}.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>Lassen Sie das Modell leer oder wählen Sie {model}.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>Der Fake-Anbieter funktioniert: Er erstellt Porträts auf diesem Computer, kostenlos.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>Der Fake-Anbieter hat keinen Look namens {look}.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>Wählen Sie {looks}.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>Fake-Porträt wird auf diesem Computer erstellt…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>Der Fake-Anbieter konnte das Foto nicht lesen.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>Versuchen Sie ein anderes Foto.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} von Gemini nimmt höchstens {count} Referenzfotos an.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>Wählen Sie weniger Referenzfotos oder ein neueres Gemini-Bildmodell.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>Das Sicherheitssystem von {service} hat die Anfrage blockiert, bevor etwas erstellt wurde ({reason}): Es hat Ihr Foto oder den Text des Stils beanstandet.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>Das Sicherheitssystem von {service} hat das erstellte Porträt gestoppt ({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>{service} hat abgebrochen, weil das Ergebnis einem vorhandenen Bild zu ähnlich sah.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} hat mit Text geantwortet, statt das Porträt zu erstellen.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>So lehnt Gemini ab: Versuchen Sie ein anderes Foto oder einen anderen Stil.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>{service} hat diesmal kein Bild erstellt ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>Versuchen Sie ein anderes Foto (gut beleuchtet, nur Sie im Bild) oder einen anderen Stil. Mit demselben Foto und Stil wird es wahrscheinlich erneut abgelehnt.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>Die Gemini-API-Version {version} wird von Google nicht angeboten.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>Verwenden Sie v1 oder v1beta (oder entfernen Sie {variable}).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Es ist kein Gemini-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>Das Prepaid-Guthaben für Ihren {service}-Schlüssel ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Laden Sie Guthaben auf oder prüfen Sie die Abrechnung in Google AI Studio ({address}) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>{service} kann mit diesem Schlüssel so nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Aktivieren Sie in Google AI Studio die Abrechnung für das Projekt des Schlüssels: Die kostenlose Stufe wird nicht überall angeboten.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>Prüfen Sie, ob im Projekt des Schlüssels die Gemini API aktiviert ist und dieses Modell verwendet werden darf.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} bietet {model} für diesen Schlüssel nicht an.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} bietet das Angeforderte für diesen Schlüssel nicht an.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>Wählen Sie in den Einstellungen ein anderes Modell („Schlüssel testen“ listet die Modelle, die Ihr Schlüssel verwenden kann).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} hat zu lange gebraucht, um das Bild zu erstellen (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>Prüfen Sie Modell und Detailstufe in den Einstellungen oder versuchen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>{service} konnte nicht richtig erreicht werden (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} hat eine Antwort gegeben, die nicht von Gemini stammt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Prüfen Sie das Projekt des Schlüssels in Google AI Studio oder geben Sie in den Einstellungen einen Modellnamen ein.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google speichert Prompts und Bilder bis zu 55 Tage lang, um Missbrauch zu erkennen. Bei einem kostenpflichtigen Projekt (mit aktivierter Abrechnung) verwendet Google sie nicht zur Verbesserung seiner Produkte.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>In der kostenlosen Stufe kann Google Ihre Daten zur Verbesserung seiner Produkte verwenden, und Mitarbeitende von Google können sie lesen: Verwenden Sie einen Schlüssel aus einem Google-Cloud-Projekt mit aktivierter Abrechnung.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>Projekte, die seit dem 26. Oktober 2026 erstellt wurden, protokollieren Anfragen, sofern die Protokollierung in Google AI Studio nicht deaktiviert ist. Die App bittet Google, keine Anfrage zu protokollieren; die Deaktivierung in AI Studio stellt es sicher.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Laut den Bedingungen von Google ist die Gemini API für berufliche oder geschäftliche Nutzung durch Personen ab 18 Jahren bestimmt.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>Mein Gemini-API-Schlüssel gehört zu einem Projekt mit aktivierter Abrechnung (kostenpflichtige Stufe).</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Jedes Bild, das Gemini erstellt, trägt Googles unsichtbares SynthID-Wasserzeichen, das es als KI-generiert kennzeichnet.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>der Prompt ist leer</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>der Prompt ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>die Form {shape} ist keine von {shapes}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>die Detailstufe {level} ist keine von {levels}</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>die Anzahl der Vorschauen muss zwischen 0 und {most} liegen</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>es gibt höchstens {most} Varianten</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>es gibt höchstens {most} Referenzfotos</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>Diese Einstellungen für die Generierung können nicht verwendet werden: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>Ändern Sie sie in den Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>Das Modell {model} wurde am {when} eingestellt. Wählen Sie in den Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>Das Modell {model} wird am {when} eingestellt. Wählen Sie vorher in den Einstellungen ein neueres Modell.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>Hochladen zu {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>Hochladen zu {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>Porträt wird empfangen… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>Porträt wird empfangen…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>Warten auf {service}…</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <source>the photo&apos;s colour profile could not be used; colours may look slightly different</source>
        <translation>das Farbprofil des Fotos konnte nicht verwendet werden; Farben können leicht abweichen</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>die transparenten Bereiche des Fotos wurden weiß gefüllt</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>die Datei ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>Öffnen Sie sie zur Prüfung in einer anderen App oder wählen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>Verwenden Sie eine kleinere Kopie des Fotos (einige tausend Pixel Breite sind reichlich).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>{format}-Fotos können auf diesem Computer nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>Wandeln Sie es zuerst in JPEG um.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>das Bild ist zu groß ({megapixels} Megapixel); die Grenze liegt bei {limit} Megapixeln</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>das Bild ist zu groß; die Grenze liegt bei {limit} Megapixeln</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>das Bild ist zu groß ({width} × {height} Pixel); die Grenze liegt bei {limit} Megapixeln</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>das Bild ist zu klein für ein Porträt ({width} × {height} Pixel); es braucht mindestens {minimum} Pixel an der kürzeren Seite</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>Verwenden Sie ein größeres Foto, zum Beispiel das Original von Ihrem Handy oder Ihrer Kamera.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>animiertes GIF: das erste Bild wurde verwendet</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>die TIFF-Datei hat mehrere Seiten: die erste wurde verwendet</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>die HEIC-Datei enthält mehrere Bilder: das erste wurde verwendet</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>die Datei enthält mehrere Bilder: das erste wurde verwendet</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>animiertes Bild: das erste Bild wurde verwendet</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>es ist nicht genug Speicher vorhanden, um dieses Bild zu öffnen</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>das Foto wurde auf {width} × {height} Pixel verkleinert, um unter der Grenze von {limit} des Anbieters zu bleiben</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG, PNG, HEIC, WebP, TIFF, BMP oder GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>Verwenden Sie eine kleinere Kopie des Fotos.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>das Bild verwendet ein Farbformat, das nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>Speichern Sie es als JPEG oder PNG und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>Wählen Sie ein Foto: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>Exportieren oder speichern Sie es als JPEG- oder PNG-Foto und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>Wählen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>dies ist kein Foto, das Headshot Desktop lesen kann</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>dies ist ein PDF-Dokument, kein Foto</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>Exportieren Sie die Seite zuerst als JPEG- oder PNG-Bild.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>dies ist eine Webseite (HTML), kein Foto</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>Speichern Sie das Bild selbst von der Seite (Rechtsklick darauf, dann „Bild speichern unter“) und verwenden Sie diese Datei.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>dies ist eine SVG-Zeichnung, kein Foto</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>dies ist ein XML-Dokument, kein Foto</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>dies ist eine Textdatei, kein Foto</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>dies ist ein Video, kein Foto</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>Nehmen Sie ein Standbild aus dem Video oder wählen Sie ein Foto.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>dies ist ein komprimiertes Archiv, kein Foto</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>Entpacken Sie es zuerst und wählen Sie dann das Foto darin.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>{format}-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>Kamera-RAW</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>Symbol (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>Exportieren Sie eine kleinere Kopie des Fotos (ein JPEG reicht) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei oder kopieren Sie sie in einen eigenen Ordner und wählen Sie die Kopie.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Sie wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>dies ist ein Ordner, kein Foto</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>Öffnen Sie den Ordner und wählen Sie ein Foto darin.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>das Bild ist zu groß ({size}); die Grenze liegt bei {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>die Datei ist zu groß ({size}); die Grenze liegt bei {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>Wählen Sie eine Fotodatei.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} ist eine Verknüpfung (auf {target}), kein Ordner. Headshot Desktop folgt keinen Verknüpfungen aus seiner Bibliothek heraus und lässt diese Bibliothek daher unangetastet.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>Ersetzen Sie die Verknüpfung durch einen echten Ordner (verschieben Sie die Fotos hinein) oder wählen Sie in den Einstellungen einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} sind keine vier Zahlen x,y,w,h (Anteile von Breite und Höhe, z. B. 0,0.1,1,0.7).</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} sind keine vier Zahlen x,y,w,h: Jede muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} enthält einen Wert, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x und y geben an, wo der Zuschnitt beginnt, von 0 (links, oben) bis unter 1.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: Breite und Höhe müssen größer als 0 und höchstens 1 (das ganze Bild) sein.</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} reicht über den Bildrand hinaus: x + w und y + h dürfen höchstens 1 sein.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path} (eine Verknüpfung oder keine Datei: nicht kopiert)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path} (eine Verknüpfung oder außerhalb der Bibliothek: nicht kopiert)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>den Export schreiben</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>{count} Datei(en), die Sie in der App gelöscht hatten, aus dem Papierkorb des Systems entfernt.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>Sie bleiben dort, bis der Papierkorb geleert wird.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>{count} Datei(en), die Sie in der App gelöscht haben, sind noch im Papierkorb des Systems: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>Nichts wurde gelöscht: Das Löschen aller Daten erfordert eine ausdrückliche Bestätigung.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>Bestätigen Sie, dass alles gelöscht werden soll.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>der Bibliotheksordner {folder} wurde nicht gefunden (ist sein Laufwerk angeschlossen?), daher wurden seine Fotos nicht gelöscht. Die Einstellung mit seinem Speicherort wurde behalten: Schließen Sie das Laufwerk an und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>die Bibliothek in {folder}: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>die Einstellung des Bibliotheksordners ({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what} wäre als PNG {size} groß, über der Grenze von {limit}.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>Wählen Sie JPEG oder WebP: Deren Qualität wird gesenkt, bis die Datei passt.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what} passt selbst bei Qualität {quality} nicht in {limit}.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>Wählen Sie eine kleinere Größe oder eine Vorgabe ohne Größengrenze.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>Die Vorlage für Dateinamen verwendet {field}, das kein bekanntes Feld ist.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Verwenden Sie {fields}.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>Die Vorlage für Dateinamen {template} ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>Export als {format} nicht möglich.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Wählen Sie PNG, JPEG oder WebP.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>Qualität {quality} liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>Verwenden Sie eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>{name} kann nicht exportiert werden: Die Datei ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{name} für {preset}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>das Porträt exportieren</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>Das Verschieben wurde abgebrochen; die Bibliothek bleibt, wo sie war.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>den Ordner erstellen</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>Der Bibliotheksordner {folder} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>Wenn er auf einem getrennten Laufwerk liegt, schließen Sie es an und verwenden Sie „Ansicht ▸ Bibliothek neu laden“ (F5).</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>den Bibliotheksordner erstellen</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>Die Bibliothek {folder} wird gerade von einem anderen Headshot Desktop gelöscht.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>Warten Sie, bis das abgeschlossen ist, oder wählen Sie einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>Konnte nicht {action}: Der Bibliotheksordner {folder} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>Wenn er auf einem getrennten Laufwerk liegt, schließen Sie es an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>Das von {provider} gelieferte Bild kann nicht gelesen werden und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>Das vom Anbieter gelieferte Bild kann nicht gelesen werden und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>Versuchen Sie, es erneut zu generieren.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>Der Bibliotheksindex {path} wurde von einer neueren Version von Headshot Desktop geschrieben.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>Aktualisieren Sie die App, um diese Bibliothek zu öffnen.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>Dieses Originalfoto (Nummer {number}) ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>Dieses Porträt (Nummer {number}) ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>das bezahlte Porträt im Wiederherstellungsordner aufbewahren</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>den Wiederherstellungsordner lesen</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>{path} konnte nicht entfernt werden ({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>Wählen Sie einen leeren oder einen neuen Ordner.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} liegt im Bibliotheksordner {source}, daher kann die Bibliothek nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>Wählen Sie einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} enthält den Bibliotheksordner {source}, daher kann die Bibliothek nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>Der Bibliotheksordner {source} wurde nicht gefunden, daher gibt es nichts zu verschieben.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>Wenn er auf einem nicht angeschlossenen Laufwerk liegt, schließen Sie es an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} enthält bereits eine eigene Bibliothek mit {photos} Fotos und {batches} Team-Stapel(n).</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} enthält bereits eine eigene Bibliothek mit {photos} Fotos.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} enthält bereits eine eigene Bibliothek mit {batches} Team-Stapel(n).</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>Wählen Sie einen leeren Ordner für Ihre Bibliothek oder verwenden Sie die vorhandene Bibliothek unverändert.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} ist nicht leer ({names}) und keine Headshot-Desktop-Bibliothek.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>Für die Bibliothek ist in {target} nicht genug freier Speicher: Sie benötigt {needed}, frei sind {free}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>Geben Sie auf diesem Datenträger Speicher frei oder wählen Sie einen Ordner auf einem anderen.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>Die Bibliothek {folder} ist in einem anderen Fenster oder Befehl von Headshot Desktop geöffnet.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>Schließen Sie sie oder warten Sie, bis der Befehl beendet ist, und versuchen Sie es erneut. Nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>die Bibliothek sperren</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>den Index der leeren Bibliothek ersetzen</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>{target} ist während des Verschiebens der Bibliothek entstanden und unterscheidet sich von {source}.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>Aus der alten Bibliothek wurde nichts entfernt. Wählen Sie einen leeren Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>die Bibliothek kopieren</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>Die Kopie von {name} in {folder} unterscheidet sich vom Original.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>Der Datenträger ist möglicherweise defekt. Aus der alten Bibliothek wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>{originals} Originalfoto(s) und {headshots} Porträt(s) gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>Bibliotheksindex, {thumbnails} Vorschaubild(er), {logs} Protokolldatei(en) und {others} Einstellungs- und Statusdatei(en) gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>{batches} Team-Stapel gelöscht: wer jeweils dabei war und wo ihre Fotos lagen.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>API-Schlüssel von {providers} aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>Die gespeicherten API-Schlüssel konnten nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>Für {providers} war kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>Zuvor sind {count} Datei(en) in den Papierkorb des Systems gegangen (durch Löschen oder durch die Aufbewahrungseinstellung): {names}. Wenn der Papierkorb seitdem nicht geleert wurde, liegen sie noch dort: Leeren Sie den Papierkorb, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>Diese Dateien gehören nicht zur App und wurden belassen, wo sie sind: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Nicht gelöscht: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>Die Bibliothek {folder} ist in Headshot Desktop geöffnet (in einem Fenster oder einem noch laufenden Befehl).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>Schließen Sie alle Fenster von Headshot Desktop, warten Sie, bis laufende Befehle beendet sind, und versuchen Sie es erneut. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder} (nicht entfernt: Es ist kein eigener Ordner der App)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>Die alte Protokolldatei {path} konnte nicht gelöscht werden ({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicher frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>Prüfen Sie, ob Sie Dateien in {folder} ändern dürfen.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>Der Dateiname oder Ordnerpfad ist zu lang; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>Konnte nicht {action}: Der Datenträger ist voll ({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>Konnte nicht {action} ({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} ist in {folder} bereits vorhanden.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen (auf der Kommandozeile: --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>Der Bibliotheksordner {folder} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>Wenn er auf einem nicht angeschlossenen Laufwerk liegt, schließen Sie es an und versuchen Sie es erneut; wählen Sie andernfalls in den Einstellungen einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>Wo die Indexdatei der Bibliothek sein sollte, liegt ein Ordner ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>Verschieben Sie diesen Ordner aus dem Bibliotheksordner; der Index wird dann aus Ihren Fotos neu aufgebaut.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>Der Datenträger mit der Bibliothek ist voll ({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Geben Sie Speicher frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>Die Bibliothek {folder} ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>Sie können sie ansehen und daraus exportieren; um etwas hinzuzufügen, wählen Sie einen Ordner, den Sie ändern dürfen.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>Der Bibliotheksindex {path} ist belegt.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>Möglicherweise verwendet ihn ein anderes Programm; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben des Bibliotheksindex einen Fehler gemeldet ({path}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk noch angeschlossen ist und funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>Der Bibliotheksindex {path} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>Der Bibliotheksindex {path} kann nicht verwendet werden ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, verschieben Sie die Indexdatei an einen anderen Ort, dann wird sie aus Ihren Fotos neu aufgebaut.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>Die Bibliothek {folder} ist belegt.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>Möglicherweise speichert gerade ein anderes Fenster von Headshot Desktop darin; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>Die Sperrdatei der Bibliothek {path} ist eine Verknüpfung. Headshot Desktop folgt keinen Verknüpfungen aus seiner Bibliothek heraus.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>Löschen Sie diese Verknüpfung (sie enthält nichts von Ihnen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>Wo die Sperrdatei der Bibliothek sein sollte, liegt ein Ordner ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>Verschieben Sie diesen Ordner aus dem Bibliotheksordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>die Sperrdatei der Bibliothek verwenden</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>Die Bibliothek {folder} ist schreibgeschützt, daher kann Headshot Desktop dort nicht {action}.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>Sie können sie ansehen und daraus exportieren; um etwas hinzuzufügen, kopieren Sie sie in einen Ordner, den Sie ändern dürfen, und wählen Sie diesen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>Die Bibliothek ist geschlossen.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>das Foto {name} ablegen</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>das Foto {name} speichern</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>das Porträt speichern</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>es als „Behalten“ markieren</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>es löschen</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>Für {name} kann keine Vorschau angezeigt werden: Die Datei ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>In {folder} kann keine Vorschau gespeichert werden.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>Es wurde bereits verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>{path} konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>Prüfen Sie, ob Sie Dateien im Bibliotheksordner ändern dürfen.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>{path} konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>Prüfen Sie, ob Sie Dateien im Bibliotheksordner ändern dürfen. Sie können es stattdessen auch endgültig löschen.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>{path} im Papierkorb des Systems ({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>Brille</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>Graue oder ergrauende Haare</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>Bart oder Bartstoppeln</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>Sommersprossen und Muttermale</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>Natürliche Zähne</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>Hautstruktur (keine Glättung)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Geschätztes Alter</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>Körperform</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>Frisur</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>es gibt kein zu erhaltendes Merkmal namens {features} (bekannt: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>was in Ihren Worten erhalten bleiben soll, darf höchstens {limit} Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>Es ist kein OpenAI-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} von OpenAI nimmt höchstens {count} Referenzfotos an.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI kann Bilder nicht als {format} senden.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>Wählen Sie png, jpeg oder webp.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>keine Bilder in der Antwort</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>fehlerhaftes JSON im Stream</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>ein Stream-Ereignis, das kein Objekt ist</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{count} Vorschauen für {expected} Bild(er)</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>eine Vorschau</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>der Stream endete, bevor das Bild fertig war</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>Nur {count} von {expected} Bildern kamen an, bevor die Verbindung endete.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>Versuchen Sie es erneut; wenn es mit einem eigenen Server weiterhin passiert, prüfen Sie, ob er OpenAI-kompatibel ist.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>Ihre {service}-Organisation muss verifiziert sein, bevor sie das Modell {model} verwenden kann.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>Ihre {service}-Organisation muss verifiziert sein, bevor sie dieses Modell verwenden kann.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>Verifizieren Sie Ihre Organisation in den Einstellungen des Anbieters ({address}, „Verify Organization“); der Zugriff kann bis zu 15 Minuten dauern. Oder wählen Sie in den Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>Prüfen Sie, ob Ihr Schlüssel und Ihre Organisation dieses Modell verwenden dürfen.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} hat zu lange gebraucht, um die Anfrage anzunehmen.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>Prüfen Sie Modell, Größe und Qualität in den Einstellungen oder versuchen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} hat beim Erstellen des Bildes abgebrochen.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} hat eine unerwartete Antwort gegeben (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>Prüfen Sie, ob das Projekt des Schlüssels GPT-Bildmodelle verwenden darf, oder geben Sie in den Einstellungen einen Modellnamen ein.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI handelt bei API-Anfragen als Auftragsverarbeiter: Es trainiert standardmäßig nicht damit und speichert Ein- und Ausgaben gemäß seiner eigenen Richtlinie bis zu 30 Tage zur Missbrauchsüberwachung.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>Das Format, in dem OpenAI das Porträt sendet.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>„Hoch“ erhält mehr Ihrer Merkmale; es kostet einige Eingabe-Tokens mehr.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>Für OpenAI-kompatible Server ohne Streaming deaktivieren.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>Serverregion</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>Gesicht genau erhalten</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>Vorschauen während der Arbeit zeigen</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>Teamseite</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>Hochformat 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>Druck 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>Casting 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation>{name} ({width} × {height}, {dpi} dpi)</translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation>{name} ({width} × {height})</translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation>sein Wert {key} {value} ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>ein Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>die ID {id} besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>die Vorgabe {id} hat keinen Namen</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>die Größe von {id} ist nicht [Breite, Höhe] von {low} bis {high}</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>das Format von {id} ist nicht png, jpeg oder webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>round_preview von {id} ist nicht true oder false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>es hat keine Liste &quot;presets&quot;</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: Die Vorgabe {preset} hat die ID einer eingebauten Vorgabe und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>Es gibt keine Exportgröße namens {preset}.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>Wählen Sie {presets}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} benötigt {width} × {height} Pixel; dieses Porträt hat {has_width} × {has_height}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} benötigt {width} × {height} Pixel; dieses Porträt hat {has_width} × {has_height}, der zugeschnittene Teil {framed_width} × {framed_height}.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>Erstellen Sie es erneut in hoher Detailstufe und größer, oder vergrößern Sie es trotzdem: Eine einfache Vergrößerung (Lanczos) wirkt weicher und fügt keine Details hinzu.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>unbekannt ({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>etwa {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>Das Ausgabenprotokoll {path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>keine Preise für {model} bekannt</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>keine Preise pro Bild für {model} bekannt</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>{title}-kompatibler Server unter {host}</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} verweist auf {host}, nicht auf den eigenen Dienst von {title}: Was dieser Server speichert, liegt bei seinem Betreiber. Für das, was er an {title} weitergibt: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>Versuchen Sie es erneut; wenn es mit einer eigenen Serveradresse weiterhin passiert, prüfen Sie {variable}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>Geben Sie Ihren Schlüssel in den Einstellungen ein oder setzen Sie {variable}.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>Prüfen Sie die Serveradresse ({variable}) oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>Prüfen Sie den Schlüssel oder erstellen Sie unter {address} einen neuen und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} bietet das Angeforderte nicht an.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>Wählen Sie in den Einstellungen ein anderes Modell oder prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} hatte auf seiner Seite ein Problem (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>Das ist meist vorübergehend: Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>Versuchen Sie es erneut oder wählen Sie einen anderen Stil.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>Der Schlüssel funktioniert: {service} hat ihn akzeptiert.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>eine Antwort, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} begrenzt, wie schnell Anfragen gesendet werden können.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut, oder fordern Sie weniger Varianten auf einmal an.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>Der Schlüssel funktioniert: {service} bietet ihm {count} Bildmodell(e) an.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} bietet diesem Schlüssel kein Bildmodell an.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} oder die Serveradresse in den Einstellungen</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>Die Serveradresse {address} ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>Die Serveradresse {address} muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>Prüfen Sie {where}.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>Die Serveradresse {address} verwendet unverschlüsseltes http://, wodurch Ihr Schlüssel und Ihr Foto unverschlüsselt gesendet würden.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>Verwenden Sie https://. Unverschlüsseltes http:// ist nur für einen Server auf diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} verweist auf {path}, das nicht existiert.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>Korrigieren oder entfernen Sie {variable} und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>Die Zertifikate in {path} können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>Es erstellt das Bild möglicherweise noch und berechnet es eventuell: Prüfen Sie Ihre Nutzungsseite, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>Versuchen Sie es erneut; wenn es mit einer eigenen Serveradresse weiterhin passiert, prüfen Sie, ob es der richtige Server ist.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>die Serveradresse in den Einstellungen</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} Die Meldung lautete: „{message}“</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <translation>{first}. {second}</translation>
    </message>
    <message>
        <source>The connection to {service} broke off while the answer was arriving.</source>
        <translation>Die Verbindung zu {service} ist abgebrochen, während die Antwort eintraf.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>Die Bildgenerierung kann einige Minuten dauern; versuchen Sie es erneut, eventuell mit weniger Varianten.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>Die sichere Verbindung zu {host} konnte nicht überprüft werden (Problem mit dem TLS-Zertifikat).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>Wenn Ihr Netzwerk eine eigene Zertifizierungsstelle verwendet, setzen Sie SSL_CERT_FILE auf deren Zertifikatsdatei (PEM) und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>ein Inhalt, der nicht dekodiert werden kann</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung (oder Ihren Proxy) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Keine Verbindung zu {host} möglich.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung (und Proxy-Einstellungen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>Die Serveradresse für {service} kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>Die Verbindung zu {service} wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} hat eine unlesbare Antwort gesendet ({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>Es hat die Bilder möglicherweise trotzdem erstellt (und berechnet): Prüfen Sie Ihre Nutzungsseite, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} hat zu lange für die Antwort gebraucht (mehr als {seconds:.0f} Sekunden), daher wurde die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>{service} hat nach dem Senden Ihres Fotos nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>Es erstellt die Bilder möglicherweise noch und hat sie eventuell bereits berechnet: Prüfen Sie Ihre Nutzungsseite, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>eine Antwort von {size:.0f} MB, mehr als Bilder je benötigen ({limit} MB)</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>{what} ohne Bilddaten</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>{what} mit beschädigtem Base64</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>Daten, die kein Bild sind</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>Wählen Sie weniger Referenzfotos.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>Ihr {service}-Konto hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>Laden Sie Guthaben auf oder erhöhen Sie das Ausgabenlimit ({address}) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>Das Sicherheitssystem von {service} hat dieses Foto oder den Prompt des Stils abgelehnt.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>Versuchen Sie ein anderes Foto (gut beleuchtet, nur Sie im Bild) oder einen anderen Stil. Mit demselben Foto und Stil wird es erneut abgelehnt.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>eine Zeile von mehr als {size} MB</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>ein Ereignis von mehr als {size} MB</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>Es gibt keinen Bildanbieter namens {name}.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>Bekannte Anbieter: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>Der Anbieter {title} ist nur für Entwickler.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>Setzen Sie {variable}=1, um ihn zu verwenden.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>ein Lauf nimmt höchstens {count} Referenzfotos an</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} nimmt keine Referenzfotos an</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} nimmt höchstens {count} Referenzfotos an</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>die Anzahl der Varianten muss zwischen 1 und {count} liegen</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} bietet die Detailstufen {levels} an, nicht {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} erstellt die Formen {shapes}, nicht {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} hat keine Option {option} (seine Optionen: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} hat keine Option {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>die Option {option} von {provider} erlaubt {choices}, nicht {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>Die Detailstufe {detail} ist unbekannt.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>Generieren Sie es erneut aus dem Selfie.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>Beschreiben Sie, was geändert werden soll, zum Beispiel „Krawatte marineblau statt rot“ oder „weniger Lächeln“.</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>Die Anweisung ist länger als {count} Zeichen: Beschränken Sie sich auf eine Änderung.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>Das Porträt {name} ist nicht mehr in der Bibliothek und kann daher nicht verfeinert werden.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>Wählen Sie ein anderes Porträt.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>Das Selfie, aus dem {name} erstellt wurde, ist nicht mehr in der Bibliothek, daher kann die App die Ähnlichkeit nicht daran ausrichten.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>Das Selfie, aus dem {name} erstellt wurde, ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>Ihre Fotos werden vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>Ihr Foto wird vorbereitet…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>Das Porträt {name} ist nicht mehr in der Bibliothek: Es wurde in den Papierkorb verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>Wählen Sie ein anderes Porträt zum Verfeinern.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} nimmt keine weiteren Fotos an, daher wurde die Verfeinerung nur am Porträt ausgerichtet, nicht an Ihrem Selfie.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>Dieser Lauf ist nicht möglich: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>{saved} von {total} Porträts wurden in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>Eine Variante ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>Die Ausgaben dieses Laufs konnten nicht erfasst werden: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>Bild {number} kam beschädigt an und konnte daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>Bild {number} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>Bild {number} konnte nicht gespeichert werden: {error} Auch das Aufbewahren im Wiederherstellungsordner ist fehlgeschlagen: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>Bild {number} konnte nicht in der Bibliothek gespeichert werden ({error}) Es wurde in {folder} aufbewahrt; sobald die Bibliothek es wieder aufnehmen kann, verwenden Sie `headshot-desktop library recover` oder im Fenster „Porträts ▸ Aufbewahrte Porträts wiederherstellen“.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>Das Foto {name} ist nicht mehr in der Bibliothek: Es wurde in den Papierkorb verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>Öffnen Sie es erneut (oder wählen Sie ein anderes Foto) und generieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>Corporate Grau</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>Das klassische Porträt für die Firmenwebsite: dunkler Anzug, nahtlos grauer Hintergrund, weiches Studiolicht.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>Marineblauer Anzug</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>Ein eleganter marineblauer Anzug und ein helles Hemd vor hellem Hintergrund: selbstbewusst und formell.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>Business Casual</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>Ein Blazer ohne Krawatte, warmer neutraler Hintergrund: professionell, aber entspannt.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>Smart Casual in einem hellen, modernen Büro, sanft unscharf hinter Ihnen.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>Kreativstudio</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>Ein schwarzes Oberteil vor einem satten farbigen Hintergrund, mit modellierendem Studiolicht.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>Draußen, Tageslicht</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>Im Schatten im Freien mit sanftem grünem Bokeh: freundlich und zugänglich.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>Ein Blazer vor sanft unscharfen Bücherregalen, für Fakultätsseiten und Konferenzprofile.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizin</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>Ein weißer Kittel in einer hellen, sauberen Praxis: für Praxen, Kliniken und Gesundheitsprofile.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>Ein dunkler Anzug in einem holzvertäfelten Büro: seriös und vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>Hell, warm und einladend, mit einem hellen, modernen Interieur hinter Ihnen.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>Schauspielporträt</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>Das Porträt im Casting-Stil: lebensecht, schlichtes Oberteil, neutraler Hintergrund, minimales Styling.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>Klassisch Schwarzweiß</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>Ein zeitloses Schwarzweißporträt vor dunklem Hintergrund.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>Ein dunkler Anzug in einem verglasten Büro hoch über der Stadt.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>Konferenzvortrag</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>Elegante Kleidung mit warmem, unscharfem Bühnenlicht hinter Ihnen: für Speaker-Profile.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Nachbearbeitet</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>Dieser Stil kann nicht gespeichert werden: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>keine Liste &quot;styles&quot;</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>ein Eintrag ist kein Stil</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>sein &quot;styles&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>Es gibt keinen Stil namens {style}.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>Lassen Sie die Stile auflisten, um ihre Namen zu sehen.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>Der eingebaute Stil {style} kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>Fügen Sie stattdessen einen eigenen Stil hinzu.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>Es gibt keinen eigenen Stil namens {style}.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>Ihre Stile können nicht in {path} gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>es ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>es ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>es ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} ist beschädigt ({reason}) und wurde ignoriert; die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} war beschädigt ({reason}); es wurde als {name} beiseitegelegt, und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>{path} kann nicht gelesen werden ({error}); die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>es ist größer als {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>es enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} ist nicht installiert</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} konnte nicht starten ({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} hat kein Programm zum Anzeigen gefunden (beendet mit Code {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>Der Ordner {folder} konnte nicht angezeigt werden: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>Öffnen Sie diesen Ordner selbst in Ihrem Dateimanager. Unter Linux braucht die Anzeige einen Dateimanager und xdg-open (Paket xdg-utils).</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>aus der Umgebungsvariable {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>aus der Umgebungsvariable</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>nur für diese Sitzung (wird beim Schließen der App vergessen)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>ein Zeichen, das kein reines ASCII ist</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>Der API-Schlüssel enthält {what}, was kein Server akzeptiert: ein Zeichen, das nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>Kopieren Sie den Schlüssel erneut von der Seite Ihres Anbieters, als eine Zeile, und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>Entsperren Sie ihn (melden Sie sich erneut an Ihrer Desktopsitzung an) oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, um den API-Schlüssel zu speichern.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>Installieren oder starten Sie einen Schlüsselbunddienst (GNOME Keyring, KWallet, KeePassXC) oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>Jede Zeile lautet: name,photo[,reference…]; Pfade dürfen relativ zum Ordner der CSV-Datei sein.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>Die Personenliste {name} ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>Die Personenliste {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>Die Personenliste {name} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>Die Personenliste {name} kann nicht verwendet werden: Sie ist zu groß (mehr als 4 MB).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>Der Ordner {folder} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>Prüfen Sie, ob Sie den Ordner lesen dürfen.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>Der Ordner {folder} enthält keine Fotos.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>Legen Sie die Fotos des Teams (JPEG, PNG, HEIC, WebP…) direkt darin ab.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>Das Foto {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Prüfen Sie Dateinamen und Ordner.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>Die Personenliste {name} nennt niemanden.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>Die Personenliste {name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>Die Personenliste {name} kann nicht als CSV gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: Der Name fehlt.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: {name} hat kein Foto.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: {name} hat {count} Referenzfotos; ein Lauf nimmt höchstens {most} an.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>Behalten Sie die deutlichsten.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell} ist ein Ordner, kein Foto.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: Das Foto {cell} existiert nicht (gesucht unter {path}).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>Lassen Sie ihn dort fertig laufen oder halten Sie ihn dort an und setzen Sie ihn dann hier fort.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>Dieser Stapel wird in einem anderen Fenster oder Befehl bearbeitet: {batch} (seine Sperre {path} ist belegt). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>Der Team-Stapel {path} konnte nicht gesperrt werden (mit {lock} daneben): {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>Prüfen Sie, ob der Bibliotheksordner vorhanden und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>Der Stapel wurde angehalten, bevor er seine Ausgabenobergrenze von {cap} überschritten hätte: {spent} ausgegeben.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>Der Stapel wurde angehalten, bevor er seine Ausgabenobergrenze von {cap} überschritten hätte: {spent} ausgegeben (die nächste Person kostet etwa {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>Das Foto {photo} ist nicht mehr vorhanden: Es wurde nach dem Hinzufügen verschoben oder gelöscht. Legen Sie es zurück und versuchen Sie es dann erneut mit den fehlgeschlagenen Personen.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>Beim Erstellen dieser Porträts ist etwas schiefgelaufen ({error}). Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>Der Stapel wurde angehalten: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>Der Stapel wurde abgebrochen; beim Fortsetzen stehen noch {left} aus.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} Noch {left} ausstehend; erhöhen Sie die Obergrenze, um fortzufahren.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>Die Exportgröße {preset} des Kits ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>Wählen Sie im Kit eine andere Exportgröße oder fügen Sie sie unter den Exportgrößen hinzu.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>Das Dateiformat {format} des Kits ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Wählen Sie PNG, JPEG oder WebP.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>{failed} von {total} Porträts konnten nicht exportiert werden: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>Die anderen {count} sind in {folder}.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>Öffnen Sie ein Kit, das mit „Team-Kit speichern“ oder `headshot-desktop kit new` erstellt wurde.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>das Team-Kit</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>Das Team-Kit {name} kann nicht geöffnet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>Das Team-Kit {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>Das Team-Kit {name} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>Das Team-Kit {name} kann nicht verwendet werden: Es ist viel zu groß für ein Team-Kit.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>Das Team-Kit {source} kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>Hier gibt es keinen Stil namens {style}; das Kit braucht ihn oder einen Prompt.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>Hier gibt es keine Exportgröße namens {preset} (vorhanden: {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>Es gibt keinen Bildanbieter namens {provider} (bekannte Anbieter: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>Das Team-Kit {name} kann nicht verwendet werden: Es ist kein JSON-Text (möglicherweise beschädigt).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>Das Team-Kit {name} kann nicht in {folder} gespeichert werden: Eine Datei steht im Weg.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>Das Team-Kit {name} ist in {folder} bereits vorhanden; es wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>Wählen Sie einen anderen Namen oder ersetzen Sie es.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>Das Team-Kit {name} kann nicht in {folder} gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>Das Team-Kit {source} kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>Korrigieren Sie das Feld oder erstellen Sie das Kit neu.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; muss eine Gruppe von Feldern ({{…}}) sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; darf höchstens {limit} Zeichen lang sein, nicht {length}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; muss eine ganze Zahl von {low} bis {high} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; muss true oder false sein, nicht {kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>eine Gruppe von Feldern</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: Es ist kein Team-Kit von Headshot Desktop.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; muss eine ganze Zahl ab 1 sein, nicht {kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>Das Team-Kit {source} wurde von einer neueren Version von Headshot Desktop erstellt (Kit-Version {version}; diese Version liest {supported}).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>Aktualisieren Sie die App, um es zu öffnen.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; ist leer</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Geben Sie dem Kit einen Namen, z. B. den des Teams.</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; ist leer</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>Nennen Sie einen Bildanbieter: `headshot-desktop providers` listet ihre IDs auf.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>es hat weder &quot;style&quot; noch &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>Geben Sie eine Stil-ID oder einen eigenen Prompt an.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; muss eine Liste von Merkmalsnamen sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; nennt {names}, was kein zu erhaltendes Merkmal ist</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>Verwenden Sie {features}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; muss eine Gruppe von Optionsnamen und Textwerten sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; ist leer</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>Nennen Sie eine Exportgröße, z. B. linkedin.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; muss &quot;&quot;, {formats} sein, nicht {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; muss null oder vier Zahlen [x, y, w, h] sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; ist kein gültiger Bildausschnitt ({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Verwenden Sie {fields}.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} ist ungültig ({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; verwendet {field}, das kein bekanntes Feld ist</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>Starten Sie den Stapel erneut aus seinem Kit; die bereits erstellten Porträts sind noch in der Bibliothek.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>Der Team-Stapel {name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>Der Team-Stapel {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>Der Team-Stapel {name} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>Der Team-Stapel {name} kann nicht verwendet werden: Er ist zu groß für einen Stapel.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>Lassen Sie die Stapel mit `headshot-desktop batch --list` auflisten.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>das Kit des Stapels {batch}</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} ist kein Team-Stapel von Headshot Desktop.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} hat keine gültige Versionsnummer und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} wurde von einer neueren Version von Headshot Desktop geschrieben (Stapelformat {version}; diese liest bis {supported}).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>Aktualisieren Sie Headshot Desktop, um diesen Stapel fortzusetzen.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>es enthält keine Personen</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>zwei Personen haben denselben Schlüssel</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>sein Feld {field} fehlt</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>seine batch_id ist leer</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>sein Kit fehlt</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>sein Feld {field} ist keine Zahl</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>Halten Sie den Stapel zuerst an, um Personen zu entfernen: Er wird gerade bearbeitet.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>Drücken Sie „Anhalten“ und entfernen Sie sie dann.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>Der Team-Stapel konnte nicht in {path} gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>Prüfen Sie, ob der Bibliotheksordner vorhanden ist und genug freien Speicher hat.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>Der Speicherort {place} der Team-Stapel ist eine Verknüpfung nach außerhalb der Bibliothek, daher wurde der Stapel dort nicht gespeichert.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>Ersetzen Sie die Verknüpfung durch einen echten Ordner namens {folder} in der Bibliothek.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>Der Team-Stapel {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} ist beschädigt: Es ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>{made} von {variants} Porträts erstellt; das Anfragelimit des Anbieters hat den Rest zurückgehalten, der beim nächsten Durchgang dieser Person erstellt wird.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>Es konnte kein Porträt behalten werden.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} ist kein Objekt</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} hat kein Feld {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} hat den unbekannten Status {status}</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} hat Referenzen, die keine Liste von Pfaden sind</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} hat Porträt-IDs, die keine Liste von Zahlen sind</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} hat fehlende Varianten, die keine Liste kleiner Zahlen sind</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} hat eine Startzeit, die kein Text ist</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} hat ein Feld {field}, das keine Zahl ist</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} hat Kosten, die keine Zahl sind</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>Der Stapel wurde nicht gestartet: Er hat eine Ausgabenobergrenze von {cap}, aber die Preise des Anbieters für dieses Kit sind unbekannt, sodass die Obergrenze nicht eingehalten werden könnte. Entfernen Sie die Obergrenze, um den Stapel trotzdem zu erstellen, oder wählen Sie ein Modell mit bekannten Preisen.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} fertig</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} abgelehnt</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>Der Stapel ist fertig: {counts}; {spent} ausgegeben.</translation>
    </message>
</context>
</TS>
