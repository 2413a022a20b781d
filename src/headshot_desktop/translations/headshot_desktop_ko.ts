<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{took} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyAndDrag</name>
    <message>
        <source>{preset}, {format}</source>
        <comment>an export size, then a file format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a headshot in Results or the Library to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends a sentence before the hint</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateLine</name>
    <message>
        <source>{model} (newest available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crop {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>People in the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined</source>
        <comment>a style&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is longer than {limit:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {model} was retired on {when.day} {when:%B %Y}. Choose another model in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when.day} {when:%B %Y}. Choose a newer model in Settings before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>{source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s colour profile could not be used; colours may look slightly different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large ({megapixels:,} megapixels); the limit is {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about ${usd:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${usd:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {service} broke off while the answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of ${cap:.2f}: ${spent:.2f} spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of ${cap:.2f}: ${spent:.2f} spent (the next person costs about ${estimate:.2f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit:,} characters, not {length:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of ${cap:.2f}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; ${spent:.2f} spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
