<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>Copied %n headshot to the clipboard as {made_as}.</numerusform>
            <numerusform>Copied %n headshots to the clipboard as {made_as}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>The headshot could not be copied.</numerusform>
            <numerusform>The %n headshots could not be copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>The headshot could not be made ready to drag.</numerusform>
            <numerusform>The %n headshots could not be made ready to drag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>Making {number} of %n headshot ready to drag…</numerusform>
            <numerusform>Making {number} of %n headshots ready to drag…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>The headshot could not be dragged out.</numerusform>
            <numerusform>The %n headshots could not be dragged out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n headshot</numerusform>
            <numerusform>%n headshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>%n photo or headshot you deleted in {app} earlier is still in the system trash.</numerusform>
            <numerusform>%n photos and headshots you deleted in {app} earlier are still in the system trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n of the files is already in {folder}:</numerusform>
            <numerusform>%n of the files are already in {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>and %n more (see Show Details).</numerusform>
            <numerusform>and %n more (see Show Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>Writes %n file: {names}.</numerusform>
            <numerusform>Writes %n files: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>Export %n headshot</numerusform>
            <numerusform>Export %n headshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>Exported %n file to {folder}.</numerusform>
            <numerusform>Exported %n files to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>Skipped %n file already there: {names}.</numerusform>
            <numerusform>Skipped %n files already there: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>You stopped the export before the other %n.</numerusform>
            <numerusform>You stopped the export before the other %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>%n file was exported before this: {names}. Export again to go on with the rest.</numerusform>
            <numerusform>%n files were exported before this: {names}. Export again to go on with the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>Keeping %n feature…</numerusform>
            <numerusform>Keeping %n features…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} is still in use, so nothing was moved to the trash.</numerusform>
            <numerusform>{names} are still in use, so nothing was moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>It is open on the Create page, or a run still needs it. Open another photo, or wait for the run to end, then try again.</numerusform>
            <numerusform>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>%n headshot was made from it. Move it to the trash as well, or keep it in the library without its photo?</numerusform>
            <numerusform>%n headshots were made from it. Move them to the trash as well, or keep them in the library without its photo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>%n headshot was made from them. Move it to the trash as well, or keep it in the library without their photo?</numerusform>
            <numerusform>%n headshots were made from them. Move them to the trash as well, or keep them in the library without their photo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>Move %n photo to the trash?</numerusform>
            <numerusform>Move %n photos to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n of these is marked Keep: {names}.</numerusform>
            <numerusform>%n of these are marked Keep: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>Move your library (%n photo) to {folder}?</numerusform>
            <numerusform>Move your library (%n photos) to {folder}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>Moving your library to {folder}…
{done} of %n file copied and checked.</numerusform>
            <numerusform>Moving your library to {folder}…
{done} of %n files copied and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>Moved %n photo to {folder}.</numerusform>
            <numerusform>Moved %n photos to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>The Keep mark could not be changed.</numerusform>
            <numerusform>The Keep marks could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n photo to the trash.</numerusform>
            <numerusform>Moved %n photos to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n headshot to the trash.</numerusform>
            <numerusform>Moved %n headshots to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>%n further photo of you will go with this one, metadata removed.</numerusform>
            <numerusform>%n further photos of you will go with this one, metadata removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>The library index was rebuilt from your files; %n headshot got its style, prompt and cost back.</numerusform>
            <numerusform>The library index was rebuilt from your files; %n headshots got their style, prompt and cost back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n could not: {names}.</numerusform>
            <numerusform>%n could not: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>%n link in the library folder was not followed.</numerusform>
            <numerusform>%n links in the library folder were not followed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>More options: the %n option {provider} has</numerusform>
            <numerusform>More options: the %n options {provider} has</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>Cost: &lt;b&gt;free&lt;/b&gt;: %n image made on your server at {hosts}; nothing is sent to any cloud service.</numerusform>
            <numerusform>Cost: &lt;b&gt;free&lt;/b&gt;: %n images made on your server at {hosts}; nothing is sent to any cloud service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>Cost: &lt;b&gt;free&lt;/b&gt;: %n image made on this computer by {title}.</numerusform>
            <numerusform>Cost: &lt;b&gt;free&lt;/b&gt;: %n images made on this computer by {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image, paid to {title} with your key.</numerusform>
            <numerusform>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n images, paid to {title} with your key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image, paid to {title}.</numerusform>
            <numerusform>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n images, paid to {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>%n headshot you paid for was kept in {folder}, because the library could not take it at the time. Move it into the library now?</numerusform>
            <numerusform>%n headshots you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>Moved %n headshot into the library.</numerusform>
            <numerusform>Moved %n headshots into the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>Exported %n headshot into {folder}.</numerusform>
            <numerusform>Exported %n headshots into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>the %n person left</numerusform>
            <numerusform>the %n people left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>LinkedIn circle, %n pixel</numerusform>
            <numerusform>LinkedIn circle, %n pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n pixel across</numerusform>
            <numerusform>%n pixels across</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n pixel</numerusform>
            <numerusform>%n pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n pixel, as beside a comment</numerusform>
            <numerusform>%n pixels, as beside a comment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>As a tile on a team page, %n pixel wide. The same framing for everyone makes the heads the same size.</numerusform>
            <numerusform>As a tile on a team page, %n pixels wide. The same framing for everyone makes the heads the same size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel an inch). Hold a ruler to it to check.</numerusform>
            <numerusform>{preset} at its size on paper, {size}, as this screen reports its size (%n pixels an inch). Hold a ruler to it to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel an inch: the size shown is approximate.</numerusform>
            <numerusform>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixels an inch: the size shown is approximate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n of {total} ready</numerusform>
            <numerusform>%n of {total} ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>Done · %n headshot · {cost}</numerusform>
            <numerusform>Done · %n headshots · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>Done · %n headshot</numerusform>
            <numerusform>Done · %n headshots</numerusform>
        </translation>
    </message>
</context>
</TS>
