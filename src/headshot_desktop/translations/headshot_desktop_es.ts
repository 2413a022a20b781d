<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop es software libre bajo la licencia MIT. Usa Qt y PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif y libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) y FFmpeg (LGPLv2.1+) a través de QtMultimedia.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>&amp;Abrir foto…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>&amp;Pegar foto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>Tomar foto con la &amp;cámara…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Exportar selección…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>Mover selección a la pape&amp;lera</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>&amp;Cancelar todas las ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>&amp;Recuperar retratos conservados…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>&amp;Nuevo estilo…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>&amp;Editar estilo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>&amp;Exportar todos mis datos…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>Eli&amp;minar todos mis datos…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recargar biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>Mostrar Crear</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Mostrar Resultados</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>Mostrar Biblioteca</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>Mostrar Equipo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>Re&amp;tratos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>Retratos profesionales a partir de un selfie. Sus fotos y retratos se guardan en este equipo, en la carpeta que usted elija. Para crear un retrato, la foto solo se envía al proveedor de imágenes que elija: un servicio en la nube, con su propia clave, o su propio servidor. Sin cuenta y sin telemetría.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} Modelos: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La comprobación no terminó.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>No se encontró ninguna cámara. Conecte una webcam, o abra o pegue una foto.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>Acceso a la cámara denegado. Permita que Headshot Desktop use la cámara en la configuración de privacidad del sistema y vuelva a abrir esta ventana.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>Tomar un selfie</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>Visor de la cámara</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>Mensaje de la cámara</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capturar</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Usar esta foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>&amp;Abrir una foto…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>&amp;Pegar una foto</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>La cámara se detuvo: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>Foto capturada. Úsela o repítala.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>Comparar proveedores</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>Crear &lt;b&gt;{style}&lt;/b&gt; a partir de esta foto con cada proveedor que marque, uno junto a otro: una imagen de cada uno. Si un proveedor rechaza o falla, indica el motivo; los demás continúan.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>su modelo predeterminado</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>Modelo para {provider}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>Teclas: 1 control deslizante, 2 lado a lado, F o Espacio alterna entre antes y después. Más, menos o la rueda para hacer zoom, 0 lo restablece, arrastrar o Shift+flechas para desplazar. Las flechas izquierda y derecha mueven el divisor. A: haga clic en ambos ojos de cada foto para alinearlas.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Aquí aparecerán sus retratos.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>Comparación de antes y después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
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
        <translation>modelo predeterminado</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>Comparar proveedores</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>Elija primero una foto y un estilo.</translation>
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
        <translation>Seleccione un retrato en Resultados o en la Biblioteca para copiarlo.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>Se copió «{name}» al portapapeles como {made_as}.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>No se pudo leer el retrato.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>No se pudo guardar el recorte.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>Ajustar el recorte</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>Este recorte es solo para este retrato: los demás mantienen el encuadre del kit.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>&amp;Volver al encuadre del kit</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>&amp;Volver al encuadre habitual</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Lo que contiene el marco</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sin vista previa: no se pudo leer «{name}».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>El marco contiene {width} × {height} de los {full_width} × {full_height} píxeles del retrato.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>Arrastre la imagen o use las teclas de flecha para mover el marco (con Shift se mueve más); la rueda o las teclas + y - hacen zoom; Inicio vuelve al encuadre habitual. Arrastre las líneas de los ojos y la barbilla hasta donde quiera los ojos y la barbilla, o muévalas con Alt y las flechas arriba y abajo (la línea de la barbilla con Alt y Shift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>Encuadre de la imagen exportada</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Barbilla</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>Datos de {app}</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>Exportar todos mis datos</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>Guardando todos sus datos en {name}…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>Se guardaron {originals}, {headshots} y metadata.json en
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Exportación completada</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>No se pudieron guardar sus datos en {path}.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>Esto elimina todos los originales y retratos de la biblioteca, sus lotes de equipo, las miniaturas, los registros, la configuración y las claves de API guardadas en el llavero del sistema. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>¿Eliminar todos mis datos?</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>Buscando en la papelera del sistema lo que eliminó antes…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>No se eliminó nada: no se pudo leer la papelera del sistema.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>Eliminando todos sus datos…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

{app} se cerrará ahora.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Sus datos se eliminaron</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>No se eliminó nada</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>No se eliminó todo</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>No se pudieron eliminar todos sus datos.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>Privacidad &amp; datos</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>¿Vaciarlos también de la papelera?</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>¿Quitarlos también de la papelera? Solo se quitan estos archivos; todo lo demás sigue en la papelera.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>Quitar de la papelera</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>Dejarlos en la papelera</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>Zona para soltar fotos</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>Suelte un selfie aquí o pulse Enter para elegir un archivo</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Suelte un selfie aquí&lt;/b&gt;&lt;/p&gt;&lt;p&gt;o haga clic para elegir un archivo · Ctrl+V para pegar&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP o GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>Se rechazó su clave de API</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Aún no hay clave de API</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>No permitido para esta clave</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Sin crédito</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>Rechazado por el sistema de seguridad</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>El proveedor tuvo un problema</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>No se creó ninguna imagen</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Esta foto no se puede usar</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>Un ajuste requiere atención</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configuración</translation>
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
        <translation>{model} (el más reciente disponible)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>El más reciente disponible</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>El predeterminado del proveedor</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>Elija una foto y un estilo para ver el coste.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calculando el coste…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>Ya existe un archivo con este nombre</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>«{name}» ya está en {folder}.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>¿Reemplazarlo, conservar ambos (el archivo nuevo recibe un número, como «(2)») u omitirlo?</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>Ya existen archivos con estos nombres</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>¿Reemplazarlos, conservar ambos (los archivos nuevos reciben un número, como «(2)») u omitirlos?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>No se pudieron exportar todos los retratos.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>Exportar los retratos del equipo a</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>Exportando a {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>No se exportó nada a {folder}: nadie ha terminado aún.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>Se canceló la exportación. Los archivos escritos hasta ahora están completos.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>&amp;Tamaño y archivo</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>Buscando en la carpeta…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>No se pudieron buscar los archivos en {folder}.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>No se pudieron exportar los retratos.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Deteniendo tras el archivo en curso…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>«{name}»: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>LinkedIn y la mayoría de los sitios muestran la foto de perfil en un círculo. Esto solo cambia la vista previa: el archivo sigue siendo cuadrado y el sitio lo recorta.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>Escribe una única declaración en el archivo: que la imagen la creó un algoritmo entrenado (el «tipo de fuente digital» de IPTC). LinkedIn y otros sitios la leen para indicar que una foto se hizo con IA, y la Ley de IA de la UE exige estas etiquetas a partir de agosto de 2026. No se escribe nada más sobre usted ni sobre la foto: ni nombre, ni lugar, ni fecha, ni cámara.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Tamaño predefinido</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>Previsualizar el recorte redondo de los sitios de perfiles</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>Etiquetar el archivo como hecho con IA</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Plantilla de nombre de archivo</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>Campos: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>Archivos que se escribirán</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>Ancho de la imagen en la página del equipo</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>Alto de la imagen en la página del equipo</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>El tamaño con el que la página del equipo muestra la imagen de cada persona: pregunte a quien la gestiona o mire una de las imágenes que hay allí.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>Página del &amp;equipo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Calidad:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>&amp;Restablecer encuadre</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>Volver al encuadre habitual: centrado en horizontal y algo más recortado por abajo.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Lo que contiene el marco</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>No se pudo leer el retrato.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sin vista previa: no se pudo leer «{name}».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>El marco contiene {width} × {height} de los {full_width} × {full_height} píxeles del retrato (zoom {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sin vista previa: no se pudo leer «{name}».</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>No queda nada por escribir.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>Escribe «{name}».</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Exportando «{name}»…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>Exportando {number} de {total}…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>No se pudo exportar «{name}» a {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>No se pudieron leer sus tamaños de exportación propios.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>Exportar retrato</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>No se exportó nada.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>Detuvo la exportación antes del último.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>No se exportó nada: el archivo ya está en {folder} y eligió omitirlo. Vuelva a exportar y elija Reemplazar o Conservar ambos, o elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>No se exportó nada: todos los archivos ya están en {folder} y eligió omitirlos. Vuelva a exportar y elija Reemplazar o Conservar ambos, o elija otra carpeta u otro nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>Se detuvo la copia.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>Haga clic en el ojo de la izquierda y luego en el de la derecha en la foto de antes ({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>Ahora los mismos dos ojos en la foto de después ({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>Los dos puntos de una foto están demasiado juntos: vuelva a hacer clic en ellos</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>Alineadas. Haga clic cerca de un punto para moverlo; Supr los borra; A termina</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>La aplicación no está pensada para menores de 13 años.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Puede ver todos los archivos de la carpeta de la biblioteca, exportarlo todo en un solo zip o eliminarlo todo (fotos, configuración, registros y las claves guardadas) desde &lt;i&gt;Privacidad &amp;amp; datos&lt;/i&gt; en cualquier momento.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Puede ver todos los archivos de la carpeta de la biblioteca, exportarlo todo en un solo zip o eliminarlo todo (fotos, configuración, registros y cualquier clave guardada) desde &lt;i&gt;Privacidad &amp;amp; datos&lt;/i&gt; en cualquier momento.</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>La aplicación no hace detección ni reconocimiento facial y no crea plantillas faciales.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app} no tiene cuenta, ni análisis, ni telemetría. Sus originales y retratos se guardan en la carpeta que usted elija; la aplicación no guarda ninguna copia en otro lugar.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>Su biblioteca se queda en este equipo</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Qué se envía y a quién</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>Sin biometría</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>Sus datos, sus derechos</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenido a {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>Qué se envía a {provider} y qué conserva</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>Tengo 13 años o más</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>Confirme que tiene 13 años o más</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>El aviso (se desplaza con las teclas de flecha)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>Antes de enviar nada</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>&amp;Aceptar y usar {provider}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>Nada sale de este equipo hasta que haya leído esto y confirmado su edad.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>Su clave de API de {provider}</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>También puede omitir este paso e introducirla más tarde en Configuración.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>Una clave guardada se conserva en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>Elegir {lowercase}</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>¿Ejecutarlo de nuevo?</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>Esta misma ejecución ya está en curso. ¿Ejecutarla de nuevo y volver a pagar?</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>Su tarjeta está en la pestaña Resultados. Cambie el estilo o una opción para hacer una ejecución distinta.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>La misma semilla para todos mantiene un aspecto coherente: la primera variante de cada persona se crea con ella, la segunda con el número siguiente, y así sucesivamente.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>Indique qué debe cambiar para todos: ropa, fondo, iluminación, encuadre. La aplicación añade las instrucciones que mantienen cada rostro tal como es.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>Cómo se crea cada retrato</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Página del equipo de Acme</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Nombre del kit</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>Proveedor de imágenes</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>El modelo predeterminado del proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Instrucción personalizada</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>p. ej., la cicatriz sobre la ceja izquierda</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>Rasgos que conservar, con sus palabras</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>Variantes por persona</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>Sacar otra semilla: un aspecto nuevo, el mismo para todos.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Instrucción:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>Con sus palabras:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider} (desconocido aquí)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style} (no disponible aquí)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Opciones propias de {provider}, las mismas para todos:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Dé un nombre al kit, p. ej., el del equipo.</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>Escriba la instrucción personalizada o elija un estilo.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>Introduzca una semilla (un número entero) o pulse Nueva semilla.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>La semilla debe ser un número entero de 0 a {largest}.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value} (no disponible)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>En cola…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>Progreso de {run}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>Cancelar {run}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>Ejecutar {run} de nuevo</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>La misma foto, estilo, opciones y proveedor otra vez: se vuelve a pagar.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>Quitar la tarjeta de {run}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar terminadas</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>Quitar las tarjetas de todas las ejecuciones terminadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejecuciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>Aún no hay ejecuciones. Elija una foto y un estilo y pulse Generar.</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Sigue pareciéndose a usted?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>Rasgos que revisar en este retrato</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>Rostro y rasgos</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Tono de piel</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cabello</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Edad aparente</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>sus notas</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>Marque lo que debe seguir igual en todos los retratos.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>Rasgos que conservar…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>Se conserva: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Rasgos que conservar</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>Marque lo que debe seguir igual en todos los retratos. La aplicación lo añade a las instrucciones de cada estilo; nada de esto analiza su rostro.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>Cualquier otra cosa, con sus palabras (p. ej., «mi cicatriz sobre la ceja izquierda»)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>Qué más conservar, con sus palabras</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>Conservar: un favorito. Los retratos conservados y sus originales nunca se eliminan por la opción de retención, y Eliminar vuelve a preguntar antes de quitarlos.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>Conservar: un favorito. Una foto conservada nunca se elimina por la opción de retención, y Mover a la papelera vuelve a preguntar antes de quitarla.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>Marcado como Conservar</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>«{name}» está marcado como Conservar.</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>Los elementos conservados son sus favoritos. ¿Eliminar de todos modos?</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>Eliminar, también los conservados</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>Los elementos conservados son sus favoritos. ¿Moverlos a la papelera de todos modos?</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>Mover a la papelera, también los conservados</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>Solo los no conservados</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>Conservar solo en esta sesión (sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>&amp;Quitar clave guardada</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Probar clave</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>Pregunta al proveedor si la clave funciona. Una clave escrita aquí se guarda primero.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Clave de API de {provider}</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>Obtener una clave de {provider}…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>Obtener una clave de API de {provider} (abre {url} en su navegador)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} o {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;O defina {names} en el entorno: se lee, nunca se guarda, y tiene prioridad sobre una clave guardada.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider} no necesita clave de API.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>Comprobando dónde se guarda la clave…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>Clave actual: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la clave solo se puede conservar durante esta sesión.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>No se pudo abrir ningún navegador web. Abra {url} en el suyo.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>No se pudo leer dónde se guarda la clave.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>Escriba o pegue primero una clave.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>Conservada para esta sesión.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Guardando la clave…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>No se pudo guardar la clave.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>Se quitó la clave guardada.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>No había ninguna clave guardada.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Quitando la clave…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>No se pudo quitar la clave.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>en consulta…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>desconocido: el llavero del sistema no respondió</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · Biblioteca: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>No se pudieron leer sus estilos y tamaños de exportación propios; se ofrecen los integrados.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit de equipo</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>Nuevo kit de equipo</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>Leyendo sus estilos y tamaños de exportación…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>Qué impide usar el kit</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>Juana Pérez</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>juana_perez</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>Fracciones del ancho y el alto de cada retrato: 0.1,0.05,0.8,0.8 conserva el 80 % central en horizontal y recorta un poco por arriba. Después del lote aún puede ajustar el recorte de una persona.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>Use {name}, {date}, {time}, {style}, {n}, {original} o {preset}.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>Cómo se exporta cada retrato</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Tamaño de exportación</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>El que indique el tamaño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Plantilla de nombre de archivo</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>Ejemplo de nombre de archivo</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>Etiquetar los archivos como hechos con IA</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>El encuadre habitual de cada tamaño</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>El mismo recorte para todos los retratos</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>Recorte de cada retrato, como fracciones x,y,w,h</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Calidad:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre de archivo:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>Encuadre:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>Recorte:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset} (no disponible aquí)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>Introduzca una plantilla de nombre de archivo, p. ej., {name}.</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Por ejemplo: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>sin foto</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}, conservado, de {photo}, {time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}, de {photo}, {time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>De {photo}</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ Conservado: la opción de retención nunca lo elimina; Eliminar vuelve a preguntar.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>No se pudo comprobar la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>¿Mover su biblioteca?</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>Si usa la carpeta nueva tal como está, sus fotos se quedan en {old}.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>Cada foto se copia y se comprueba antes de quitar la antigua, así que no se pierde ninguna si el traslado se interrumpe.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>&amp;Usar la carpeta nueva tal como está</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>No se pudo cambiar la carpeta de la biblioteca a {folder}.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>La biblioteca no se puede mover mientras se crean retratos: se guardan en ella.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>Espere a que terminen las ejecuciones (o cancélelas) y vuelva a elegir la carpeta en Configuración.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>Moviendo su biblioteca a {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>Moviendo su biblioteca</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>La biblioteca está ahora en {folder}, pero no se pudo quitar lo siguiente de {old}: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>Son copias o archivos suyos; quítelos a mano si ya no los necesita.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>Se canceló el traslado; su biblioteca sigue en {old}.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>No se pudo mover la biblioteca a {folder}; no se quitó nada de {old}.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>Añadidos a mano</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>Por estilo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>Filtrar por foto</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>Filtrar por estilo</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>Ordenar y agrupar</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>Conservar los retratos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>Mover los retratos seleccionados a la papelera</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>&amp;Retratos</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>&amp;Originales</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>Las fotos que ha traído: véalas, consérvelas o muévalas a la papelera</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>Todos los estilos</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>&amp;Retratos ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>&amp;Originales ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Biblioteca no disponible</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>No se pudo mover a la papelera todo lo elegido.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>Se movieron {photos} y {headshots} a la papelera.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>No se movió nada a la papelera.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>Otra foto suya</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>Leyendo la foto adicional y quitando sus metadatos…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>Clave de API y biblioteca</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · Estilo&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>Abrir un selfie</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>El portapapeles no contiene ninguna imagen. Copie primero una foto y luego péguela.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>Leyendo la foto y quitando sus metadatos…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>Vuelve a crear este retrato con el nivel de detalle más alto que ofrezca su proveedor, al tamaño necesario si puede hacerlo tan grande: una solicitud de pago, con su coste indicado antes de enviarla.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>Lo exporta de todos modos, ampliado: más grande, pero no más nítido.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>Ampliado: el archivo tendrá {needed} píxeles creados a partir de {available}. Se ve más suave que un retrato creado a ese tamaño, sobre todo impreso, y no añade detalle.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>No hay suficientes píxeles</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>Final con &amp;alto detalle…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>Ampliar de &amp;todos modos</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}Vuelva a crearlo con alto detalle o amplíelo de todos modos: una simple ampliación se ve más suave y no añade detalle.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}Amplíelo de todos modos (una simple ampliación se ve más suave y no añade detalle) o elija un proveedor que cree imágenes más grandes.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>No se pudo dibujar la vista previa.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>Consulte el registro para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>Proveedor de imágenes</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Número de variantes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>Elija una foto y un estilo.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>&amp;Generar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>Generar retratos</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>Adónde va su foto</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>Rasgos que conservar en todos los retratos</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>C&amp;omparar…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>Crear este estilo con varios proveedores a la vez, uno junto a otro</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Más opciones</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Variantes:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detalle:</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · Opciones&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>&amp;Más opciones ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>Aún no hay retratos</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>aún no hay retratos</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>Traída el {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ Conservada: la opción de retención nunca la elimina</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>No se puede leer el archivo</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>Fotos originales</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Las fotos que ha traído, sin sus metadatos. Los retratos se crean a partir de ellas.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>Conservar las fotos seleccionadas</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Mover a la &amp;papelera…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>Mover las fotos seleccionadas a la papelera; usted elige si sus retratos también van</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>Mostrar &amp;sus retratos</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Aún en uso</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>¿Mover la foto «{name}» a la papelera?</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>No se creó ningún retrato a partir de ella. Puede recuperarla de la papelera del sistema.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>No se creó ningún retrato a partir de ellas. Puede recuperarlas de la papelera del sistema.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>Foto y retratos</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>Fotos y retratos</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>Solo la foto</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>Solo las fotos</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>Listas de personas (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Añadir personas por sus fotos</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>Añadir a todos los de una carpeta</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Añadir personas desde una lista</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>No se pudieron leer las personas de {file}.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>No se pudieron añadir estas fotos.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>No se encontraron fotos allí. Añada fotos (JPEG, PNG, WebP, HEIC…) o una carpeta que las contenga.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>No se pudo añadir a estas personas al lote.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>Detenga primero el lote para quitar personas.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>Solo se pueden quitar las personas que siguen en cola: las demás ya se han procesado.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>¿Quitar del lote?</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>¿Quitar a {names} del lote?</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>No se pudo quitar a estas personas del lote.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: ninguno</translation>
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
        <translation>Personas del lote</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>Seleccione una persona para ver sus variantes; pulse Enter y luego 1–4 para elegir la mejor.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>&amp;Ajustar recorte…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>Ajustar el encuadre del retrato de esta persona</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>No se pudo guardar la elección para {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>foto de la cámara</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>imagen arrastrada</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>Foto elegida; suéltela o haga clic para reemplazarla</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Estado de la foto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>Abrir un archivo de foto</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Pegar una foto</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Cámara…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Tomar una foto con la cámara</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · Su foto&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · metadatos eliminados. Suelte otra foto para reemplazarla.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>Se copió %n retrato al portapapeles como {made_as}.</numerusform>
            <numerusform>Se copiaron %n retratos al portapapeles como {made_as}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>No se pudo copiar el retrato.</numerusform>
            <numerusform>No se pudieron copiar los %n retratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>No se pudo preparar el retrato para arrastrarlo.</numerusform>
            <numerusform>No se pudieron preparar los %n retratos para arrastrarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>Preparando {number} de %n retrato para arrastrar…</numerusform>
            <numerusform>Preparando {number} de %n retratos para arrastrar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>No se pudo arrastrar el retrato.</numerusform>
            <numerusform>No se pudieron arrastrar los %n retratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n retrato</numerusform>
            <numerusform>%n retratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>%n foto o retrato que eliminó antes en {app} sigue en la papelera del sistema.</numerusform>
            <numerusform>%n fotos y retratos que eliminó antes en {app} siguen en la papelera del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n de los archivos ya está en {folder}:</numerusform>
            <numerusform>%n de los archivos ya están en {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>y %n más (vea Mostrar detalles).</numerusform>
            <numerusform>y %n más (vea Mostrar detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>Escribe %n archivo: {names}.</numerusform>
            <numerusform>Escribe %n archivos: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>Exportar %n retrato</numerusform>
            <numerusform>Exportar %n retratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>Se exportó %n archivo a {folder}.</numerusform>
            <numerusform>Se exportaron %n archivos a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>Se omitió %n archivo que ya estaba allí: {names}.</numerusform>
            <numerusform>Se omitieron %n archivos que ya estaban allí: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>Detuvo la exportación antes del otro.</numerusform>
            <numerusform>Detuvo la exportación antes de los otros %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>Se exportó %n archivo antes de esto: {names}. Vuelva a exportar para continuar con el resto.</numerusform>
            <numerusform>Se exportaron %n archivos antes de esto: {names}. Vuelva a exportar para continuar con el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>Conservando %n rasgo…</numerusform>
            <numerusform>Conservando %n rasgos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} sigue en uso, así que no se movió nada a la papelera.</numerusform>
            <numerusform>{names} siguen en uso, así que no se movió nada a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>Está abierta en la página Crear o una ejecución aún la necesita. Abra otra foto o espere a que termine la ejecución y vuelva a intentarlo.</numerusform>
            <numerusform>Están abiertas en la página Crear o una ejecución aún las necesita. Abra otra foto o espere a que termine la ejecución y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>Se creó %n retrato a partir de ella. ¿Moverlo también a la papelera o dejarlo en la biblioteca sin su foto?</numerusform>
            <numerusform>Se crearon %n retratos a partir de ella. ¿Moverlos también a la papelera o dejarlos en la biblioteca sin su foto?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>Se creó %n retrato a partir de ellas. ¿Moverlo también a la papelera o dejarlo en la biblioteca sin su foto?</numerusform>
            <numerusform>Se crearon %n retratos a partir de ellas. ¿Moverlos también a la papelera o dejarlos en la biblioteca sin su foto?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>¿Mover %n foto a la papelera?</numerusform>
            <numerusform>¿Mover %n fotos a la papelera?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n de estos elementos está marcado como Conservar: {names}.</numerusform>
            <numerusform>%n de estos elementos están marcados como Conservar: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>¿Mover su biblioteca (%n foto) a {folder}?</numerusform>
            <numerusform>¿Mover su biblioteca (%n fotos) a {folder}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>Moviendo su biblioteca a {folder}…
{done} de %n archivo copiado y comprobado.</numerusform>
            <numerusform>Moviendo su biblioteca a {folder}…
{done} de %n archivos copiados y comprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>Se movió %n foto a {folder}.</numerusform>
            <numerusform>Se movieron %n fotos a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>No se pudo cambiar la marca Conservar.</numerusform>
            <numerusform>No se pudieron cambiar las marcas Conservar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>Se movió %n foto a la papelera.</numerusform>
            <numerusform>Se movieron %n fotos a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>Se movió %n retrato a la papelera.</numerusform>
            <numerusform>Se movieron %n retratos a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>%n foto adicional suya irá con esta, sin metadatos.</numerusform>
            <numerusform>%n fotos adicionales suyas irán con esta, sin metadatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>El índice de la biblioteca se reconstruyó a partir de sus archivos; %n retrato recuperó su estilo, instrucción y coste.</numerusform>
            <numerusform>El índice de la biblioteca se reconstruyó a partir de sus archivos; %n retratos recuperaron su estilo, instrucción y coste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n no se pudo: {names}.</numerusform>
            <numerusform>%n no se pudieron: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>No se siguió %n enlace de la carpeta de la biblioteca.</numerusform>
            <numerusform>No se siguieron %n enlaces de la carpeta de la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>Más opciones: la %n opción que tiene {provider}</numerusform>
            <numerusform>Más opciones: las %n opciones que tiene {provider}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>Coste: &lt;b&gt;gratis&lt;/b&gt;: %n imagen creada en su servidor en {hosts}; no se envía nada a ningún servicio en la nube.</numerusform>
            <numerusform>Coste: &lt;b&gt;gratis&lt;/b&gt;: %n imágenes creadas en su servidor en {hosts}; no se envía nada a ningún servicio en la nube.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>Coste: &lt;b&gt;gratis&lt;/b&gt;: %n imagen creada en este equipo por {title}.</numerusform>
            <numerusform>Coste: &lt;b&gt;gratis&lt;/b&gt;: %n imágenes creadas en este equipo por {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>Coste estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagen, pagado a {title} con su clave.</numerusform>
            <numerusform>Coste estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imágenes, pagado a {title} con su clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>Coste estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagen, pagado a {title}.</numerusform>
            <numerusform>Coste estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imágenes, pagado a {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>%n retrato que pagó se guardó en {folder} porque la biblioteca no pudo recibirlo en ese momento. ¿Moverlo ahora a la biblioteca?</numerusform>
            <numerusform>%n retratos que pagó se guardaron en {folder} porque la biblioteca no pudo recibirlos en ese momento. ¿Moverlos ahora a la biblioteca?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>Se movió %n retrato a la biblioteca.</numerusform>
            <numerusform>Se movieron %n retratos a la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n de {total} listo</numerusform>
            <numerusform>%n de {total} listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>Hecho · %n retrato · {cost}</numerusform>
            <numerusform>Hecho · %n retratos · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>Hecho · %n retrato</numerusform>
            <numerusform>Hecho · %n retratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>Se exportó %n retrato a {folder}.</numerusform>
            <numerusform>Se exportaron %n retratos a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda unos %n min</numerusform>
            <numerusform>quedan unos %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>la %n persona restante</numerusform>
            <numerusform>las %n personas restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;Más fotos suyas ayudan a que se le parezca (opcional, hasta %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;Más fotos suyas ayudan a que se le parezca (opcional, hasta %n):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>Círculo de LinkedIn, %n píxel</numerusform>
            <numerusform>Círculo de LinkedIn, %n píxeles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n píxel de ancho</numerusform>
            <numerusform>%n píxeles de ancho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n píxel</numerusform>
            <numerusform>%n píxeles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n píxel, como junto a un comentario</numerusform>
            <numerusform>%n píxeles, como junto a un comentario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>Como mosaico en una página de equipo, de %n píxel de ancho. El mismo encuadre para todos hace que las cabezas tengan el mismo tamaño.</numerusform>
            <numerusform>Como mosaico en una página de equipo, de %n píxeles de ancho. El mismo encuadre para todos hace que las cabezas tengan el mismo tamaño.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} a su tamaño en papel, {size}, según el tamaño que indica esta pantalla (%n píxel por pulgada). Póngale una regla encima para comprobarlo.</numerusform>
            <numerusform>{preset} a su tamaño en papel, {size}, según el tamaño que indica esta pantalla (%n píxeles por pulgada). Póngale una regla encima para comprobarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} aproximadamente a su tamaño en papel, {size}. Esta pantalla no indica su tamaño real, así que la aplicación supone %n píxel por pulgada: el tamaño mostrado es aproximado.</numerusform>
            <numerusform>{preset} aproximadamente a su tamaño en papel, {size}. Esta pantalla no indica su tamaño real, así que la aplicación supone %n píxeles por pulgada: el tamaño mostrado es aproximado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>¿Usar {title}?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes de que sus fotos vayan allí, lea qué hace {title} con ellas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lea qué hace {title} con ellas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>Usar {title}</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>Proveedor de imágenes</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>Adónde va su foto y qué conserva el proveedor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>Los modelos que puede usar su clave</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>Vistas previas aproximadas durante el renderizado</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> vistas previas durante el renderizado</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;veedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>&amp;Vistas previas:</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider} no necesita clave de API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Clave de API de {provider}</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider} no envía vistas previas.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>El más reciente que puede usar su clave (recomendado)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>El predeterminado del proveedor</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>Obteniendo la lista de modelos que puede usar su clave…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>No se pudo obtener la lista de modelos que puede usar su clave. {reason} Se mantiene el modelo elegido, y puede escribir el nombre de otro.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider} no ofrece modelos de imagen para esta clave. Puede escribir el nombre de un modelo.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>Borrador (bajo)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>Buena (medio)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>Óptima (alto)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>Según el estilo</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>Su foto solo va a {title} en {hosts} cuando pulsa Generar; no se envía nada a ningún servicio en la nube. Sin cuenta y sin rastreo.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>Su foto se queda en este equipo hasta que pulsa Generar; entonces solo sus píxeles van a {title} ({hosts}) por HTTPS. Sin cuenta y sin rastreo.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>Su foto se queda en este equipo hasta que pulsa Generar; entonces solo sus píxeles van a {title} por HTTPS. Sin cuenta y sin rastreo.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>Su foto nunca sale de este equipo: {title} crea los retratos aquí. Sin cuenta y sin rastreo.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo van a &lt;b&gt;{title}&lt;/b&gt; en &lt;b&gt;{hosts}&lt;/b&gt; (en su red). No se envía nada a ningún servicio en la nube.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo van a &lt;b&gt;{title}&lt;/b&gt; en &lt;b&gt;{hosts}&lt;/b&gt; (en este equipo). No se envía nada a ningún servicio en la nube.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; en {hosts} crea el retrato en este equipo: su foto no sale de él.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; crea el retrato en este equipo: su foto no sale de él.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo se envían por HTTPS a &lt;b&gt;{title}&lt;/b&gt; ({hosts}), con su propia clave de API. Nada más sale de su equipo.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo se envían por HTTPS a &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nada más sale de su equipo.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo se envían por HTTPS a &lt;b&gt;{title}&lt;/b&gt;, con su propia clave de API. Nada más sale de su equipo.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>Cuando pulsa &lt;b&gt;Generar&lt;/b&gt;, la foto que eligió (reducida y sin ningún metadato, como la ubicación o los datos de la cámara) y el texto del estilo se envían por HTTPS a &lt;b&gt;{title}&lt;/b&gt;. Nada más sale de su equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;Qué conserva {title}:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>Condiciones de {title} según se leyeron el {date}.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>desconocido ({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>unos {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{title} en {hosts}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: no necesita clave de API</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>Clave de API para {title}: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>Algunos ajustes estaban dañados</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>Retratos guardados aparte</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>No se pudieron contar los retratos guardados aparte.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>Aún no se pudo mover lo siguiente:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>Retratos guardados</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>No se pudieron mover los retratos guardados a la biblioteca.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>Añadir otra foto suya para conservar su parecido</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} no admite más fotos suyas.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: haga clic para quitarla</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>Quitar la foto adicional {number}, {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>Retocar este retrato</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>Qué cambiar, p. ej., «corbata azul marino en vez de roja», «sonrisa más leve»</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>La aplicación envía {name} con su selfie, para que el cambio conserve su parecido y los rasgos que quiere conservar.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Retocar</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>Una nueva variante de {style} a partir de la misma foto.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name} creado de nuevo con el nivel de detalle más alto.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>Final con alto detalle</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider} no indica qué tamaño de imagen crea, así que una versión final podría quedarse corta.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider} puede volver a crearlo a {size} píxeles, lo cual es suficiente.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>La imagen más grande que crea {provider} es de {size} píxeles, no más de lo que tiene este retrato.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>La imagen más grande que crea {provider} es de {size} píxeles, que encuadrada queda en {framed}: más cerca, pero aún corta.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name} creado de nuevo con el nivel de detalle más alto (el proveedor no indica a qué tamaño).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name} creado de nuevo con el nivel de detalle más alto, al tamaño máximo que crea {provider}: {size} píxeles.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name} creado de nuevo con el nivel de detalle más alto, a {size} píxeles.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>Es suficiente para {destination}.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination} necesita {needed}: aún se ampliará, desde unos {framed}.</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}, conservado</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
Conservado: un favorito</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>No se pudo abrir {name}.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>No se pudieron mover a la papelera todos los retratos elegidos.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Aquí aparecerán sus retratos.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>Elija un resultado abajo para verlo aquí.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conservar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>&amp;Retocar…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>Cambiar este retrato como usted indique (diga qué), conservando su parecido</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>Una nueva variante del mismo estilo y foto</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>&amp;Final con alto detalle</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>Volver a crear este con el nivel de detalle más alto</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · «{instruction}»</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Renderizando…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>No se pudo aplicar la configuración de retención.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>No se pudo aplicar por completo la configuración de retención. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>No se pudo mostrar la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>Abra usted mismo esa carpeta en su gestor de archivos.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>Abra o cree un kit de equipo y añada personas para ver cuánto costará el lote.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>No se pudo calcular el coste del lote.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>No se pudo crear el lote.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>El lote se detuvo.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>El kit no se puede usar en este equipo.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>&amp;Iniciar · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calculando el coste…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>No se pudo volver a poner en cola a las personas que fallaron.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>Deteniendo… las personas en proceso vuelven a la cola.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>Se detuvo el lote. Puede continuarlo cuando quiera.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>Confiar en este servidor de mi red (http:// sin cifrar)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>Confiar en este servidor de mi red</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>Con http:// sin cifrar, su foto cruza la red sin cifrado: cualquiera en ella podría verla. Marque esto solo para su propio servidor en una red de confianza, o use https://.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>&amp;Probar servidor</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>No se pudo importar la foto.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>No se pudo leer la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>No se pudo listar la biblioteca.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>El selfie a partir del que se creó {name} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>No se pudieron leer las versiones de {name}.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>No se pudo leer el retrato {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>Puede que se haya movido o eliminado. Pulse F5 para volver a leer la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>No se pudo mostrar el retrato {name}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>Renderizando la imagen {index} de {total}…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>Creando la imagen {index} de {total}… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} Se volverá a intentar en {seconds} s…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>No se pudieron borrar las fotos antiguas como indica la opción de retención.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>Cancelado · no se conservó nada</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>Algo salió mal al crear el retrato.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>No se pudo iniciar la ejecución.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>Moverlos a la papelera tras generar, al pasar a otra foto</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>Moverlos a la papelera tras un número de días</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>Proveedor &amp;&amp; &amp;clave</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>Qué pasa con los originales</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>Días que se conservan los originales</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>Días que se conservan los registros</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>&amp;Originales:</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…después de:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Los originales marcados como Conservar (Biblioteca ▸ Originales) y los originales de retratos conservados siempre se mantienen. Esta opción nunca elimina los retratos.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>&amp;Registros durante:</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;El nuevo idioma se aplica la próxima vez que se inicie la aplicación.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>&amp;Privacidad &amp;&amp; datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>Todo lo que conserva la aplicación está en este equipo: la carpeta de la biblioteca, las miniaturas, los registros, la configuración y las claves de API en el llavero del sistema. No se envía nada a ningún sitio, salvo la foto a partir de la que genera, al proveedor de imágenes que eligió.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>&amp;Exportar todos mis datos…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>Exportar todos mis datos como archivo ZIP</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Eli&amp;minar todos mis datos…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Elegir la carpeta de la biblioteca</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>No llegó ninguna respuesta.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>No se pudo obtener la lista de modelos.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>Los estilos integrados no se pueden editar; cree un estilo nuevo en su lugar.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>Vertical (más alto que ancho)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>Horizontal (más ancho que alto)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>Editar estilo</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>Nuevo estilo</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>Nombre del estilo</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>Descripción del estilo</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>Instrucción del estilo</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>Indique qué debe cambiar: ropa, fondo, iluminación, encuadre. La aplicación añade las instrucciones que mantienen su rostro tal como es.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Instrucción:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>No se pudo guardar el estilo.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>Kits de equipo (*.headshot-kit.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit de equipo</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Nuevo kit…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>Crear un nuevo kit de equipo</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>Abrir &amp;kit…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>Abrir un archivo de kit de equipo</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>Guardar k&amp;it como…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>Guardar el kit de equipo como archivo para compartir</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Añadir &amp;fotos…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Añadir personas por sus fotos</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>Una persona por foto</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>Añadir a todos los de una carpeta de fotos</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>Una persona por cada foto de la carpeta</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>Añadir desde C&amp;SV…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Añadir personas desde una lista</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>Un archivo CSV: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>o suelte fotos y carpetas en la tabla.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;uar</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>Continuar el lote que se detuvo</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>Coste del lote</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>Límite de gasto en dólares</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>El lote se detiene antes de que la siguiente persona supere este importe.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>Límite de &amp;gasto:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>Iniciar el lote</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>Detener el lote; se puede continuar más tarde</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>Reintentar &amp;fallidas</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>Volver a poner en cola a las personas que detuvo un fallo (no se pagó nada)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>Dónde está el lote</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>Exportar el retrato de cada persona terminada</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Mostrar los archivos exportados en su carpeta</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>No se pudieron leer los lotes de equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kit de equipo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>Aún no hay kit de equipo. Cree uno con Nuevo… o abra uno que haya compartido un colega.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (sin guardar)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>Este kit no se puede usar en este equipo: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>Abrir un kit de equipo</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>No se pudo abrir el kit de equipo {file}.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>Guardar el kit de equipo</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>No se pudo guardar el kit de equipo en {file}.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>El kit de equipo se guardó en {file}.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>El lote se está ejecutando con su propio kit. Deténgalo antes de elegir otro kit.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>Un nuevo lote empieza con este kit; el anterior se queda en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>Todo un equipo en un lote coherente: un kit, el retrato de cada persona</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>Rechazado — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>Fallido — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{done} de {total} · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>Esperando el límite de frecuencia del proveedor · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>Gratis en su servidor para {who}</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>gratis en su servidor</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>Gratis en este equipo para {who}</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>gratis en este equipo</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>Se desconoce el coste de {who} ({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>Se desconoce el coste de {who}.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>Unos {cost} para {who}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>unos {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{cost} para {who}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Instrucción personalizada</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · exportación: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>Este lote se detuvo con {done} de {total} hechos.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>Vistas previas a tamaño real</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>Mosaico de la página del equipo</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>Impresión a su tamaño en papel</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>Página del &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Impresión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su nombre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su cargo</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>Como lo muestra LinkedIn: en un círculo, desde la página de perfil hasta el tamaño junto a un comentario.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>Como lo muestra LinkedIn: en un círculo, desde la página de perfil hasta el tamaño junto a un comentario. LinkedIn conserva el cuadrado central de una imagen que no es cuadrada.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>Elija un tamaño de impresión, como Impresión 8 × 10 o Casting 5 × 7, para verlo a su tamaño en papel.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} pulgadas</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>Haga clic en un retrato o pulse su número (1–4) para elegir el que se exportará.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>¿Sigue pareciéndose cada uno a la persona? Compárelo con su foto de la izquierda.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Su foto</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;Su foto&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>Acerca de los retratos de esta persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;Elija una persona&lt;/b&gt; para ver sus retratos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>Aún no hay retratos de esta persona.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>No se pudieron leer los retratos de {name}.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>No está en la biblioteca</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>No se pudo leer este retrato.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · elegida</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>Variante {number}, elegida</translation>
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
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: primera</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>Versión {number}: primera</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: «{instruction}»</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>Versión {number}: «{instruction}»</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>No hay ninguna clave de API de {provider} configurada.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>Introduzca su clave en Configuración o defina {variables}.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>No hay ninguna clave de API de Black Forest Labs configurada.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>la región en Configuración</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>el servidor de entrega de BFL</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>el enlace que dio BFL</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} dio una respuesta que no es de BFL (HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>Su cuenta de {service} se ha quedado sin créditos.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>Añada créditos en {address} y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} no ofrece {model}.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} rechazó un valor de la solicitud.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>Elija otro modelo, forma o nivel de detalle, u otra foto.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>{service} tiene demasiados trabajos suyos en curso a la vez.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>Espere un momento y vuelva a intentarlo, o pida menos variantes a la vez.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>Compruebe el modelo en Configuración o pruebe con otra foto.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>La moderación de {service} marcó su foto o el texto del estilo antes de empezar{reasons}. BFL no lo cobra.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>Pruebe con otra foto (bien iluminada, solo usted en el encuadre) o con otro estilo.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>La moderación de {service} marcó el retrato que creó, así que no se entregó{reasons}. BFL no lo cobra.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} informó de un error al crear la imagen{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} ya no reconoce el trabajo que se le dio (Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} informó de un estado de trabajo que la aplicación no conoce: «{status}».</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, actualice la aplicación.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>El enlace al retrato terminado caducó antes de poder descargarlo.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>No se pudo descargar el retrato terminado de {service} (HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL lo creó y puede que lo haya cobrado: vuelva a intentarlo para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>Cancelado. Black Forest Labs no puede detener un trabajo que ya tiene en cola, así que puede que aún lo termine y lo cobre.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>{model} de Black Forest Labs admite como máximo {count} fotos de referencia.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>Elija menos fotos de referencia u otro modelo FLUX.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>una respuesta de trabajo sin id</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>una dirección de consulta fuera de BFL ({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>un estado de trabajo que no es un objeto JSON</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>un trabajo terminado sin enlace https a su imagen</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} no terminó la imagen en {seconds:.0f} segundos, así que la aplicación dejó de esperar.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>Puede que aún la termine y la cobre: revise su página de uso antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>una imagen más grande que cualquier retrato</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>Cancelado. Black Forest Labs ya había creado la imagen y la cobra.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs no ha publicado cuánto tiempo conserva su API las fotos e imágenes que recibe, ni si las usa para entrenamiento: no pudimos confirmar ninguna de las dos cosas. Lea sus condiciones de la API: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>La foto va por defecto al servidor de BFL en la UE (api.eu.bfl.ai, que BFL opera solo en regiones de la UE); puede elegir en su lugar su servidor global o el de EE. UU.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>El retrato terminado vuelve desde un segundo servidor de BFL (delivery…bfl.ai) mediante un enlace que funciona unos 10 minutos; la aplicación lo descarga de inmediato, sin su clave.</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>us</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>Dónde recibe BFL su foto: su servidor de la UE (el predeterminado), su servidor global o su servidor de EE. UU.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>El formato en el que BFL envía el retrato.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>Use https:// o marque «Confiar en este servidor de mi red» en Configuración (en la línea de comandos: --trust-server, una vez). Hágalo solo en una red de confianza: http:// sin cifrar se puede leer por el camino.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>La dirección de ComfyUI {address} no es una URL válida.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>Se llegaría al servidor ComfyUI {server} por http:// sin cifrar, lo que envía su foto sin cifrar a través de la red.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>Compruebe que la dirección en Configuración es la de su servidor ComfyUI.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>ComfyUI en {server}</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} rechazó la solicitud (HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>Si ComfyUI se ejecuta tras un proxy o con ajustes especiales, revíselos.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} no responde como ComfyUI (HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} tuvo un problema (HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>Revise la ventana o el registro de ComfyUI y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} no pudo llevar a cabo la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>Compruebe el flujo de trabajo y la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>nodo {node} ({type}): {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} rechazó el flujo de trabajo: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>Instale en el servidor lo que se indica (un archivo de modelo o un nodo personalizado) o elija otro flujo de trabajo.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>nodo {node} ({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} no tiene suficiente memoria de GPU para este modelo (necesita unos {size:g} GB).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} no tiene suficiente memoria de GPU para este modelo.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>Elija un flujo de trabajo más pequeño (FLUX.2 [klein] 4B) en Configuración, cierre otros programas que usen la GPU o use un servidor con una GPU más potente.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} se detuvo con un error en {node}: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>Consulte los detalles en la ventana o el registro de ComfyUI.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} se reinició u olvidó la ejecución mientras creaba su retrato.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>Se perdió la conexión con {service} mientras creaba su retrato.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>No se conservó nada. Compruebe que ComfyUI está en marcha y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>La ejecución se detuvo en {service} (alguien pulsó Cancelar allí o se interrumpió).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>No se conservó nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>No se pudo abrir la conexión en directo de {service} (WebSocket).</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>Compruebe que ComfyUI está en marcha en la dirección indicada en Configuración.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>Nada responde en {address}.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>Compruebe que ComfyUI está en marcha allí y revise la dirección en Configuración.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>El servidor en {address} no es ComfyUI.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>Compruebe la dirección en Configuración.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(versión no indicada)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>sin GPU, así que se ejecuta en el procesador (muy despacio)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu} con {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>Se encontró ComfyUI {version} en {server}: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: su licencia ({licence}) no permite el uso comercial.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>una lista de nodos que no es un objeto</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>El flujo de trabajo de ComfyUI {workflow} no admite fotos de referencia; se eligieron {chosen}.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>El flujo de trabajo de ComfyUI {workflow} admite como máximo {count} foto de referencia; se eligieron {chosen}.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>El flujo de trabajo de ComfyUI {workflow} admite como máximo {count} fotos de referencia; se eligieron {chosen}.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>Elija menos fotos de referencia o un flujo de trabajo con huecos {{{{reference_1}}}}, {{{{reference_2}}}}, … (un LoadImage para cada uno).</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>una respuesta de subida sin nombre de archivo</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} no terminó en {minutes:.0f} minutos, así que se detuvo la ejecución.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>Un modelo grande en una GPU pequeña (o en una CPU) puede ser muy lento.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} está creando su retrato…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} terminó sin ninguna imagen.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>Compruebe que el flujo de trabajo termina en un nodo PreviewImage o SaveImage.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI (su propio servidor)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>No se envía nada a ningún servicio en la nube: la foto va solo al servidor ComfyUI que usted gestiona, que conserva lo que indique su propia configuración. La aplicación la sube como archivo temporal (ComfyUI los borra al iniciarse) y quita la ejecución del historial del servidor en cuanto vuelve el retrato.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>Los flujos de trabajo incluidos usan modelos de pesos abiertos que descarga una vez en su servidor; sus licencias difieren (FLUX.1 Kontext [dev] es solo para uso no comercial).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511 (el mejor parecido)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B (rápido, GPU más pequeñas)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev] (solo uso no comercial)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>según indica su autor</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>No hay ningún flujo de trabajo de ComfyUI llamado {name}.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>Flujos de trabajo conocidos: {names}, o la ruta de su propio archivo de flujo de trabajo en formato API.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de flujo de trabajo {path}: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>El archivo de flujo de trabajo {path} es más grande que cualquier flujo de trabajo (más de 2 MB).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>El archivo de flujo de trabajo {path} no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>El archivo de flujo de trabajo {path} no está en el formato API de ComfyUI.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>En ComfyUI, use Workflow ▸ Export (API) y elija ese archivo.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>El archivo de flujo de trabajo {path} no tiene el marcador {placeholders}.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>Ponga {{{{photo}}}} donde LoadImage nombra su imagen y {{{{prompt}}}} donde va el texto; {{{{seed}}}}, {{{{width}}}} y {{{{height}}}} son opcionales.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>El flujo de trabajo pide {placeholder}, que la aplicación no rellena.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>Marcadores conocidos: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} no tiene ningún nodo llamado «{type}» (nodo {node} de este flujo de trabajo).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>Actualice ComfyUI o instale el nodo personalizado que lo proporciona.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>Este flujo de trabajo usa «{type}», un nodo que envía la imagen a un servicio en la nube, así que la aplicación no lo ejecutará.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>Elija un flujo de trabajo que se ejecute solo en su servidor.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>El nodo «{type}» de {server} no tiene ninguna entrada llamada «{name}» (nodo {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>Actualice ComfyUI: el flujo de trabajo se creó para una versión más reciente.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} no tiene el archivo de modelo {file}, que necesita {workflow} ({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} Colóquelo en la carpeta models/{folder} de ComfyUI (unos {size:g} GB; descárguelo de {address}).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>Descárguelo en el servidor, reinicie ComfyUI o elija otro flujo de trabajo.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>Proveedor simulado (desarrolladores)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>Nada sale de este equipo: el proveedor simulado crea sus imágenes localmente y no conserva nada.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>cálido</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>frío</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>monocromo</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>El tono que recibe el retrato simulado.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>Este fallo se pidió a propósito: elimine {variable} (o la opción de fallo) para detenerlo.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>El proveedor simulado no aceptó la clave de API.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>El proveedor simulado denegó el acceso a su modelo.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>La cuenta del proveedor simulado se ha quedado sin crédito.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>El proveedor simulado está limitando la frecuencia de las solicitudes.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>El sistema de seguridad del proveedor simulado rechazó esta foto o la instrucción del estilo.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>El proveedor simulado no pudo llevar a cabo la solicitud.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>El proveedor simulado no ofrece lo que se pidió.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>El proveedor simulado tuvo un problema por su parte.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>Se interrumpió la conexión con el proveedor simulado.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>El proveedor simulado no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>El proveedor simulado envió una respuesta que no se puede leer.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>El proveedor simulado no puede fallar con {value}.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>Use uno de {kinds}, opcionalmente seguido de :N.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>La latencia {value} del proveedor simulado no es un número de segundos de 0 a 3600.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>Corrija {variable} o la opción de latencia.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>El proveedor simulado no tiene ningún modelo llamado {model}.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>Deje el modelo vacío o elija {model}.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>El proveedor simulado funciona: crea retratos en este equipo, gratis.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>El proveedor simulado no tiene ningún aspecto llamado {look}.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>Elija {looks}.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>Creando un retrato simulado en este equipo…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>El proveedor simulado no pudo leer la foto.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>Pruebe con otra foto.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} de Gemini admite como máximo {count} fotos de referencia.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>Elija menos fotos de referencia o un modelo de imagen de Gemini más reciente.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>El sistema de seguridad de {service} bloqueó la solicitud antes de crear nada ({reason}): marcó su foto o el texto del estilo.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>El sistema de seguridad de {service} detuvo el retrato que había creado ({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>{service} se detuvo porque el resultado se parecía demasiado a una imagen existente.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} respondió con texto en lugar de crear el retrato.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>Así es como Gemini se niega: pruebe con otra foto u otro estilo.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>{service} no creó ninguna imagen esta vez ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>Pruebe con otra foto (bien iluminada, solo usted en el encuadre) o con otro estilo. Si reintenta con la misma foto y estilo, lo más probable es que se vuelva a rechazar.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>La versión {version} de la API de Gemini no es una de las que ofrece Google.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>Use v1 o v1beta (o elimine {variable}).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>No hay ninguna clave de API de Gemini configurada.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>Se ha agotado el crédito prepago de su clave de {service}.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Añada crédito o revise la facturación en Google AI Studio ({address}) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>{service} no se puede usar con esta clave tal como está.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Active la facturación del proyecto de la clave en Google AI Studio: el nivel gratuito no se ofrece en todas partes.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>Compruebe que el proyecto de la clave tiene activada la API de Gemini y puede usar este modelo.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} no ofrece {model} para esta clave.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} no ofrece lo que se pidió para esta clave.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>Elija otro modelo en Configuración (Probar clave muestra los que puede usar su clave).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} tardó demasiado en crear la imagen (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>Compruebe el modelo y el nivel de detalle en Configuración o pruebe con otra foto.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>No se pudo acceder correctamente a {service} (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} dio una respuesta que no es de Gemini (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Revise el proyecto de la clave en Google AI Studio o escriba el nombre de un modelo en Configuración.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google conserva las instrucciones y las imágenes hasta 55 días para vigilar abusos. En un proyecto de pago (con facturación activada) no las usa para mejorar sus productos.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>En el nivel gratuito, Google puede usar lo que envía para mejorar sus productos, y personas de Google pueden leerlo: use una clave de un proyecto de Google Cloud con la facturación activada.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>Los proyectos creados desde el 26 de octubre de 2026 guardan un registro de las solicitudes salvo que se desactive el registro en Google AI Studio. La aplicación pide a Google que no registre cada solicitud; desactivar el registro en AI Studio lo garantiza.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Las condiciones de Google indican que la API de Gemini es para uso profesional o empresarial, por personas de 18 años o más.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>Mi clave de API de Gemini pertenece a un proyecto con la facturación activada (el nivel de pago).</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Cada imagen que crea Gemini lleva la marca de agua invisible SynthID de Google, que la identifica como creada por IA.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>la instrucción está vacía</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>la instrucción tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>la forma {shape} no es una de {shapes}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>el nivel de detalle {level} no es uno de {levels}</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>el número de vistas previas debe ser de 0 a {most}</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>hay como máximo {most} variantes</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>hay como máximo {most} fotos de referencia</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>No se puede usar esta configuración de generación: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>Cámbiela en Configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>El modelo {model} se retiró el {when}. Elija otro modelo en Configuración.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>El modelo {model} se retirará el {when}. Elija un modelo más reciente en Configuración antes de esa fecha.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>Subiendo a {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>Subiendo a {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>Recibiendo el retrato… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>Recibiendo el retrato…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>Esperando a {service}…</translation>
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
        <translation>no se pudo usar el perfil de color de la foto; los colores pueden verse algo distintos</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>las partes transparentes de la foto se rellenaron de blanco</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>el archivo está dañado o incompleto</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>Ábralo en otra aplicación para comprobarlo o elija otra foto.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>Use una copia más pequeña de la foto (unos pocos miles de píxeles de ancho son suficientes).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>las fotos {format} no se pueden abrir en este equipo</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>Conviértala primero a JPEG.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>la imagen es demasiado grande ({megapixels} megapíxeles); el límite es de {limit} megapíxeles</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>la imagen es demasiado grande; el límite es de {limit} megapíxeles</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>la imagen es demasiado grande ({width} × {height} píxeles); el límite es de {limit} megapíxeles</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>la imagen es demasiado pequeña para un retrato ({width} × {height} píxeles); necesita al menos {minimum} píxeles en su lado más corto</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>Use una foto más grande, por ejemplo la original de su teléfono o cámara.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>GIF animado: se usó el primer fotograma</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>el archivo TIFF tiene varias páginas: se usó la primera</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>el archivo HEIC contiene varias imágenes: se usó la primera</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>el archivo contiene varias imágenes: se usó la primera</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>imagen animada: se usó el primer fotograma</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>no hay suficiente memoria para abrir esta imagen</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>la foto se redujo a {width} × {height} píxeles para no superar el límite de {limit} del proveedor</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG, PNG, HEIC, WebP, TIFF, BMP o GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>Use una copia más pequeña de la foto.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>la imagen usa un formato de color que no se puede leer</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>Guárdela como JPEG o PNG y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>Elija una foto: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>Expórtela o guárdela como foto JPEG o PNG y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>Elija otra foto.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>no es una foto que Headshot Desktop pueda leer</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>es un documento PDF, no una foto</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>Exporte primero la página como imagen JPEG o PNG.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>es una página web (HTML), no una foto</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>Guarde la imagen en sí desde la página (haga clic derecho sobre ella y elija Guardar imagen como) y use ese archivo.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>es un dibujo SVG, no una foto</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>es un documento XML, no una foto</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>es un archivo de texto, no una foto</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>es un vídeo, no una foto</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>Capture una imagen fija del vídeo o elija una foto.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>es un archivo comprimido, no una foto</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>Descomprímalo primero y elija la foto que contiene.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>los archivos {format} no son compatibles</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>RAW de cámara</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>Icono (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>Exporte una copia más pequeña de la foto (un JPEG es suficiente) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>Compruebe los permisos del archivo o cópielo a una carpeta suya y elija la copia.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>es una carpeta, no una foto</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>Abra la carpeta y elija una foto de su interior.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>la imagen es demasiado grande ({size}); el límite es de {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>el archivo es demasiado grande ({size}); el límite es de {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>Elija un archivo de foto.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>no se puede leer el archivo ({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} es un enlace (a {target}), no una carpeta. Headshot Desktop no sigue enlaces fuera de su biblioteca, así que no toca esta biblioteca.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>Sustituya el enlace por una carpeta real (mueva las fotos a ella) o elija otra carpeta de biblioteca en Configuración.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} no son cuatro números x,y,w,h (fracciones del ancho y el alto, p. ej., 0,0.1,1,0.7).</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} no son cuatro números x,y,w,h: cada uno debe ser un número de 0 a 1.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} contiene un valor que no es un número.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x e y indican dónde empieza el recorte, desde 0 (izquierda, arriba) hasta menos de 1.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: el ancho y el alto deben ser mayores que 0 y como máximo 1 (la imagen entera).</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} sobrepasa el borde de la imagen: x + w e y + h deben ser como máximo 1.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path} (un enlace o no es un archivo: no se copió)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path} (un enlace o fuera de la biblioteca: no se copió)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>escribir la exportación</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>Se quitaron de la papelera del sistema {count} archivo(s) que había eliminado en la aplicación.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>Permanecen allí hasta que se vacíe la papelera.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>{count} archivo(s) que eliminó en la aplicación siguen en la papelera del sistema: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>No se eliminó nada: eliminar todos los datos requiere una confirmación explícita.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>Confirme que se debe eliminar todo.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>no se encontró la carpeta de la biblioteca {folder} (¿está conectada su unidad?), así que sus fotos no se eliminaron. Se conservó el ajuste que indica dónde está: conecte la unidad y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>la biblioteca en {folder}: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>el ajuste de la carpeta de la biblioteca ({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what} ocuparía {size} como PNG, por encima de su límite de {limit}.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>Elija JPEG o WebP: su calidad se reduce hasta que el archivo quepa.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what} no cabe en {limit} ni siquiera con calidad {quality}.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>Elija un tamaño menor o un tamaño predefinido sin límite de tamaño.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>La plantilla de nombre de archivo usa {field}, que no es un campo conocido.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Use {fields}.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>La plantilla de nombre de archivo {template} no es válida.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>No se puede exportar como {format}.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Elija PNG, JPEG o WebP.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>La calidad {quality} está fuera del rango.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>Use un número de 1 a 100.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>No se puede exportar {name}: el archivo está dañado o no es una imagen.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{name} para {preset}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>exportar el retrato</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>Se canceló el traslado; la biblioteca sigue donde estaba.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>crear la carpeta</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>La carpeta de la biblioteca {folder} ya no está.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>Si está en una unidad que se desconectó, conéctela y use Ver ▸ Recargar biblioteca (F5).</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>crear la carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>Otra instancia de Headshot Desktop está eliminando la biblioteca {folder}.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>Espere a que termine o elija otra carpeta de biblioteca.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>No se pudo {action}: la carpeta de la biblioteca {folder} ya no está.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>Si está en una unidad que se desconectó, conéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>No se puede leer la imagen que devolvió {provider}, así que no se guardó.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>No se puede leer la imagen que devolvió el proveedor, así que no se guardó.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>Intente generarla de nuevo.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>El índice de la biblioteca {path} lo escribió una versión más reciente de Headshot Desktop.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>Actualice la aplicación para abrir esta biblioteca.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>Esa foto original (número {number}) ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>Ese retrato (número {number}) ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>guardar el retrato pagado en la carpeta de recuperación</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>leer la carpeta de recuperación</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>No se pudo quitar {path} ({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>Elija una carpeta vacía o una nueva.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} está dentro de la carpeta de la biblioteca {source}, así que la biblioteca no se puede mover allí.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>Elija una carpeta fuera de ella.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} contiene la carpeta de la biblioteca {source}, así que la biblioteca no se puede mover a ella.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>No se encontró la carpeta de la biblioteca {source}, así que no hay nada que mover.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>Si está en una unidad que no está conectada, conéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} ya contiene una biblioteca propia con {photos} fotos y {batches} lote(s) de equipo.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} ya contiene una biblioteca propia con {photos} fotos.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} ya contiene una biblioteca propia con {batches} lote(s) de equipo.</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>Elija una carpeta vacía a la que mover su biblioteca o use esa biblioteca tal como está.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} no está vacía ({names}) y no es una biblioteca de Headshot Desktop.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>No hay suficiente espacio libre para la biblioteca en {target}: necesita {needed} y hay {free} libres.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>Libere espacio en ese disco o elija una carpeta en otro.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>La biblioteca {folder} está abierta en otra ventana o comando de Headshot Desktop.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>Ciérrela o espere a que termine el comando y vuelva a intentarlo. No se movió nada.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>bloquear la biblioteca</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>reemplazar el índice de la biblioteca vacía</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>{target} apareció mientras se movía la biblioteca y es distinta de {source}.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>No se quitó nada de la biblioteca antigua. Elija una carpeta vacía y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>copiar la biblioteca</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>La copia de {name} en {folder} es distinta del original.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>Puede que el disco esté fallando. No se quitó nada de la biblioteca antigua.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>Se eliminaron {originals} foto(s) original(es) y {headshots} retrato(s).</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>Se eliminaron el índice de la biblioteca, {thumbnails} vista(s) previa(s), {logs} archivo(s) de registro y {others} archivo(s) de configuración y estado.</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>Se eliminaron {batches} lote(s) de equipo: quién estaba en cada uno y dónde estaban sus fotos.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>Se quitó del llavero del sistema la clave de API de {providers}.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>No se pudieron comprobar las claves de API guardadas: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>No había ninguna clave de API guardada para {providers}.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>Anteriormente, {count} archivo(s) fueron a la papelera del sistema (con Eliminar o por la opción de retención): {names}. Si la papelera no se ha vaciado desde entonces, siguen allí: vacíe la papelera para quitarlos.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>Estos archivos no son de la aplicación y se dejaron donde están: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>No eliminado: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>La biblioteca {folder} está abierta en Headshot Desktop (una ventana o un comando que sigue en ejecución).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>Cierre todas las ventanas de Headshot Desktop, espere a que terminen los comandos en ejecución y vuelva a intentarlo. No se eliminó nada.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder} (no se quitó: no es una carpeta propia de la aplicación)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>No se pudo eliminar el archivo de registro antiguo {path} ({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>Compruebe que tiene permiso para modificar archivos en {folder}.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>El nombre de archivo o la ruta de la carpeta es demasiado largo; elija uno más corto.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>No se pudo {action}: el disco está lleno ({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>No se pudo {action} ({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} ya existe en {folder}.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>Elija otro nombre o permita reemplazarlo (en la línea de comandos: --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>No se encontró la carpeta de la biblioteca {folder}.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>Si está en una unidad que no está conectada, conéctela y vuelva a intentarlo; si no, elija otra carpeta de biblioteca en Configuración.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>Hay una carpeta donde debería estar el archivo de índice de la biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>Saque esa carpeta de la carpeta de la biblioteca; el índice se reconstruirá a partir de sus fotos.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>El disco que contiene la biblioteca está lleno ({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>La biblioteca {folder} es de solo lectura.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>Puede verla y exportar desde ella; para añadirle cosas, elija una carpeta que pueda modificar.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>El índice de la biblioteca {path} está ocupado.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>Puede que otro programa lo esté usando; ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>El disco informó de un error al leer o escribir el índice de la biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Compruebe que la unidad sigue conectada y funciona y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>No se puede abrir el índice de la biblioteca {path}.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>No se puede usar el índice de la biblioteca {path} ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>Vuelva a intentarlo; si sigue fallando, mueva el archivo de índice a otro lugar y se reconstruirá a partir de sus fotos.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>La biblioteca {folder} está ocupada.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>Puede que otra ventana de Headshot Desktop esté guardando en ella; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>El archivo de bloqueo de la biblioteca {path} es un enlace. Headshot Desktop no sigue enlaces fuera de su biblioteca.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>Elimine ese enlace (no contiene nada suyo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>Hay una carpeta donde debería estar el archivo de bloqueo de la biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>Saque esa carpeta de la carpeta de la biblioteca y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>usar el archivo de bloqueo de la biblioteca</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>La biblioteca {folder} es de solo lectura, así que Headshot Desktop no puede {action} allí.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>Puede verla y exportar desde ella; para añadirle cosas, cópiela a una carpeta que pueda modificar y elíjala en Configuración.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La biblioteca está cerrada.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>almacenar la foto {name}</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>guardar la foto {name}</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>guardar el retrato</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>marcarlo para conservar</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>eliminarlo</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>No se puede mostrar una vista previa de {name}: el archivo está dañado o no es una imagen.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>No se puede guardar una vista previa en {folder}.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>Ya se había movido o eliminado.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>No se pudo eliminar {path}.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>Compruebe que tiene permiso para modificar archivos en la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>No se pudo mover a la papelera {path}.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>Compruebe que tiene permiso para modificar archivos en la carpeta de la biblioteca. También puede eliminarlo definitivamente.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>{path} en la papelera del sistema ({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>Gafas</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>Canas o pelo encaneciendo</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>Barba o barba incipiente</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>Pecas y lunares</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>Dientes naturales</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>Textura de la piel (sin suavizado)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Edad aparente</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>Complexión</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Tono de piel</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>Peinado</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>no hay ningún rasgo llamado {features} que conservar (conocidos: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>lo que conservar, con sus palabras, puede tener como máximo {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>No hay ninguna clave de API de OpenAI configurada.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} de OpenAI admite como máximo {count} fotos de referencia.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI no puede enviar imágenes como {format}.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>Elija png, jpeg o webp.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>no hay imágenes en la respuesta</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>JSON mal formado en el flujo</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>un evento del flujo que no es un objeto</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{count} vistas previas para {expected} imagen(es)</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>una vista previa</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>el flujo se detuvo antes de terminar la imagen</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>Solo llegaron {count} de {expected} imágenes antes de que terminara la conexión.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo con un servidor personalizado, compruebe que es compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>Su organización de {service} debe estar verificada para poder usar el modelo {model}.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>Su organización de {service} debe estar verificada para poder usar este modelo.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>Verifique su organización en la configuración del proveedor ({address}, «Verify Organization»); el acceso puede tardar hasta 15 minutos en llegar. O elija otro modelo en Configuración.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>Compruebe que su clave y su organización pueden usar este modelo.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} tardó demasiado en aceptar la solicitud.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>Compruebe el modelo, el tamaño y la calidad en Configuración o pruebe con otra foto.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} se detuvo mientras creaba la imagen.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} dio una respuesta inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>Compruebe que el proyecto de la clave puede usar los modelos de imagen GPT o escriba el nombre de un modelo en Configuración.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI actúa como encargado del tratamiento de las solicitudes a la API: por defecto no entrena con ellas y conserva las entradas y salidas hasta 30 días para vigilar abusos, según su propia política.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>El formato en el que OpenAI envía el retrato.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>Alta conserva más rasgos suyos; cuesta algunos tokens de entrada más.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>Desactívelo para servidores compatibles con OpenAI que no admiten streaming.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>Región del servidor</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>Conservar fielmente el rostro</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>Mostrar vistas previas mientras trabaja</translation>
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
        <translation>Página del equipo</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>Vertical 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>Impresión 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>Casting 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Tamaño original</translation>
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
        <translation>su {key} {value} no es un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>una entrada no es un objeto JSON</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>el id {id} no está formado por letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>el tamaño predefinido {id} no tiene nombre</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>el tamaño de {id} no es [ancho, alto] de {low} a {high}</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>el formato de {id} no es png, jpeg o webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>round_preview de {id} no es true o false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>no tiene una lista &quot;presets&quot;</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: el tamaño predefinido {preset} tiene el id de uno integrado y se omitió.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>No hay ningún tamaño de exportación llamado {preset}.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>Elija {presets}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} necesita {width} × {height} píxeles; este retrato tiene {has_width} × {has_height}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} necesita {width} × {height} píxeles; este retrato tiene {has_width} × {has_height}, y la parte encuadrada {framed_width} × {framed_height}.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>Vuelva a crearlo con alto detalle a un tamaño mayor o amplíelo de todos modos: una simple ampliación (Lanczos) se ve más suave y no añade detalle.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>desconocido ({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>unos {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>No se puede escribir el registro de gastos {path}.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>no se conocen precios para {model}</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>no se conocen precios por imagen para {model}</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>Servidor compatible con {title} en {host}</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} apunta a {host}, no al servicio propio de {title}: lo que conserva ese servidor depende de quien lo gestione. En cuanto a lo que transmite a {title}: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo con una dirección de servidor personalizada, compruebe {variable}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>Introduzca su clave en Configuración o defina {variable}.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>Compruebe la dirección del servidor ({variable}) o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} no aceptó la clave de API.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>Compruebe la clave, o cree una nueva en {address}, e introdúzcala de nuevo.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} no ofrece lo que se pidió.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>Elija otro modelo en Configuración o compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} tuvo un problema por su parte (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>Suele ser temporal: vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} no pudo llevar a cabo la solicitud.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>Vuelva a intentarlo o elija otro estilo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>La clave funciona: {service} la aceptó.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>Compruebe la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>una respuesta que no es un objeto JSON</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} denegó el acceso.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} está limitando la frecuencia de las solicitudes.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>Espere un minuto y vuelva a intentarlo, o pida menos variantes a la vez.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>La clave funciona: {service} le ofrece {count} modelo(s) de imagen.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} no ofrece ningún modelo de imagen para esta clave.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>la respuesta se cortó</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON mal formado</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} o la dirección del servidor en Configuración</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>La dirección del servidor {address} no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>La dirección del servidor {address} debe empezar por https://.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>Compruebe {where}.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>La dirección del servidor {address} usa http:// sin cifrar, lo que enviaría su clave y su foto sin cifrar.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>Use https://. Solo se permite http:// sin cifrar para un servidor en este equipo (localhost).</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} apunta a {path}, que no existe.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>Corrija o elimine {variable} y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>No se pueden leer los certificados de {path}.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>Puede que aún esté creando la imagen y que aún la cobre: revise su página de uso antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo con una dirección de servidor personalizada, compruebe que es el servidor correcto.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>la dirección del servidor en Configuración</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} Dijo: «{message}»</translation>
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
        <translation>La conexión con {service} se cortó mientras llegaba la respuesta.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>Generar imágenes puede tardar un par de minutos; vuelva a intentarlo, quizá con menos variantes.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>No se pudo verificar la conexión segura con {host} (problema con el certificado TLS).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>Si su red usa su propia autoridad de certificación, defina SSL_CERT_FILE con su archivo de certificado (PEM) y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>un cuerpo que no se puede descodificar</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>Compruebe su conexión a internet (o el proxy) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>No se pudo conectar con {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Compruebe su conexión a internet (y la configuración del proxy) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>No se puede usar la dirección del servidor de {service}.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>Se interrumpió la conexión con {service}.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Compruebe su conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} envió una respuesta que no se puede leer ({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>Puede que aún haya creado (y cobrado) las imágenes: revise su página de uso antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} tardó demasiado en responder (más de {seconds:.0f} segundos), así que se detuvo la solicitud.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>{service} no respondió a tiempo después de enviar su foto.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>Puede que aún esté creando las imágenes y que ya las haya cobrado: revise su página de uso antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>una respuesta de {size:.0f} MB, más de lo que ocupa nunca una imagen ({limit} MB)</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>{what} sin datos de imagen</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>{what} con base64 dañado</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>datos que no son una imagen</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>Elija menos fotos de referencia.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>Su cuenta de {service} se ha quedado sin crédito.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>Añada crédito o aumente el límite de gasto ({address}) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>El sistema de seguridad de {service} rechazó esta foto o la instrucción del estilo.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>Pruebe con otra foto (bien iluminada, solo usted en el encuadre) o con otro estilo. Si reintenta con la misma foto y estilo, se volverá a rechazar.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>una línea de más de {size} MB</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>un evento de más de {size} MB</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>No hay ningún proveedor de imágenes llamado {name}.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>Proveedores conocidos: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>El proveedor {title} es solo para desarrolladores.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>Defina {variable}=1 para usarlo.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>una ejecución admite como máximo {count} fotos de referencia</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} no admite fotos de referencia</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} admite como máximo {count} fotos de referencia</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>el número de variantes debe ser de 1 a {count}</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} ofrece los niveles de detalle {levels}, no {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} crea las formas {shapes}, no {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} no tiene la opción {option} (sus opciones: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} no tiene la opción {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>la opción {option} de {provider} admite {choices}, no {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>El nivel de detalle {detail} es desconocido.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>Vuelva a generar a partir del selfie.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>Indique qué cambiar, por ejemplo «corbata azul marino en vez de roja» o «sonrisa más leve».</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>La instrucción tiene más de {count} caracteres: limítela a un solo cambio.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>El retrato {name} ya no está en la biblioteca, así que no se puede retocar.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>Elija otro retrato.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>El selfie a partir del que se creó {name} ya no está en la biblioteca, así que la aplicación no puede mantener el parecido con él.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>El selfie a partir del que se creó {name} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>Preparando sus fotos…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>Preparando su foto…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>El retrato {name} ya no está en la biblioteca: se movió a la papelera o se eliminó.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>Elija otro retrato para retocar.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} no admite más fotos, así que el retoque se basó solo en el retrato, no en su selfie.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>Esta ejecución no se puede realizar: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>Se guardaron {saved} de {total} retratos en la biblioteca.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>Una variante falló: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>No se pudo registrar el gasto de esta ejecución: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>La imagen {number} llegó dañada, así que no se pudo guardar.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>No se pudo guardar la imagen {number}: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>No se pudo guardar la imagen {number}: {error} Tampoco se pudo conservar en la carpeta de recuperación: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>No se pudo guardar la imagen {number} en la biblioteca ({error}). Se guardó en {folder}; cuando la biblioteca pueda recibirla de nuevo, use `headshot-desktop library recover` o Retratos ▸ Recuperar retratos conservados en la ventana.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>La foto {name} ya no está en la biblioteca: se movió a la papelera o se eliminó.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>Vuelva a abrirla (o elija otra foto) y genere.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>Corporativo gris</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>El retrato clásico de web de empresa: traje oscuro, fondo gris liso y luz de estudio suave.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>Traje azul marino</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>Un impecable traje azul marino y camisa clara sobre un fondo pálido: seguro y formal.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>Casual de negocios</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>Americana sin corbata, fondo neutro cálido: profesional pero relajado.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>Elegante informal en una oficina moderna y luminosa, suavemente desenfocada detrás de usted.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>Estudio creativo</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>Una prenda negra sobre un fondo de color intenso, con luz de estudio esculpida.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>Exterior, luz natural</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>Sombra abierta al aire libre con un suave bokeh verde: cercano y accesible.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>Americana delante de estanterías suavemente desenfocadas, para páginas de profesorado y biografías de congresos.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>Bata blanca en una clínica luminosa y limpia: para consultas, hospitales y perfiles de salud.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>Traje oscuro en un despacho con paneles de madera: serio y fiable.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Inmobiliario</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>Luminoso, cálido y acogedor, con un interior moderno y claro detrás de usted.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>Retrato de actor</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>El retrato de estilo casting: fiel a la realidad, prenda lisa, fondo neutro y estilismo mínimo.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>Blanco y negro clásico</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>Un retrato monocromo atemporal sobre un fondo oscuro.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Ejecutivo</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>Traje oscuro en una oficina acristalada en lo alto de la ciudad.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>Ponente de congreso</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>Vestimenta elegante con luces cálidas de escenario desenfocadas detrás de usted: para biografías de ponentes.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Retocado</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>el nombre tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>Este estilo no se puede guardar: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>no hay lista &quot;styles&quot;</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>una entrada no es un estilo</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>su &quot;styles&quot; no es una lista</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>No hay ningún estilo llamado {style}.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>Liste los estilos para ver sus nombres.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>El estilo integrado {style} no se puede cambiar.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>Añada en su lugar un estilo propio.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>No tiene ningún estilo llamado {style}.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>No se pueden guardar sus estilos en {path}.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>no es JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} está dañado ({reason}) y se ignoró; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} estaba dañado ({reason}); se apartó como {name} y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>No se puede leer {path} ({error}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} no está instalado</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} no se pudo iniciar ({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} no encontró ningún programa para mostrarla (terminó con el código {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>No se pudo mostrar la carpeta {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>Abra usted mismo esa carpeta en su gestor de archivos. En Linux, para mostrarla hacen falta un gestor de archivos y xdg-open (el paquete xdg-utils).</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>de la variable de entorno {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>de la variable de entorno</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>solo para esta sesión (se olvida al cerrar la aplicación)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no configurada</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>un carácter que no es ASCII simple</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>La clave de API contiene {what}, que ningún servidor acepta: un carácter que no se puede enviar.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>Vuelva a copiar la clave desde la página de su proveedor, en una sola línea, y péguela.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>Desbloquéelo (vuelva a iniciar sesión en el escritorio) o conserve la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar la clave de API.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>Instale o inicie un servicio de llavero (GNOME Keyring, KWallet, KeePassXC) o conserve la clave solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>Compruebe que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>Cada línea es: name,photo[,reference…]; las rutas pueden ser relativas a la carpeta del archivo CSV.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>La lista de personas {name} es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>La lista de personas {path} no existe.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>No se puede leer la lista de personas {name}: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>No se puede usar la lista de personas {name}: es demasiado grande (más de 4 MB).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>No se puede leer la carpeta {folder}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>Compruebe que tiene permiso para leer la carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>La carpeta {folder} no contiene fotos.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>Ponga las fotos del equipo (JPEG, PNG, HEIC, WebP…) directamente en ella.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>La foto {path} no existe.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Compruebe el nombre del archivo y la carpeta.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>La lista de personas {name} no nombra a nadie.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>La lista de personas {name} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>Guárdela como «CSV UTF-8» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>No se puede leer la lista de personas {name} como CSV: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: falta el nombre.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: {name} no tiene foto.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: {name} tiene {count} fotos de referencia; una ejecución admite como máximo {most}.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>Conserve las más nítidas.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell} es una carpeta, no una foto.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: la foto {cell} no existe (se buscó {path}).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>Deje que termine allí, o deténgalo allí, y luego continúe con él aquí.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>Este lote se está creando en otra ventana o comando: {batch} (su bloqueo {path} está en uso). No se cambió nada.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>No se pudo bloquear el lote de equipo {path} (con {lock} al lado): {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>Compruebe que la carpeta de la biblioteca existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>El lote se detuvo antes de superar su límite de gasto de {cap}: gastado {spent}.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>El lote se detuvo antes de superar su límite de gasto de {cap}: gastado {spent} (la siguiente persona cuesta unos {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>La foto {photo} ya no está: se movió o eliminó después de añadirla. Vuelva a ponerla en su sitio y reintente las personas fallidas.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>Algo salió mal al crear estos retratos ({error}). El registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>El lote se detuvo: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>Se canceló el lote; pendientes al continuar: {left}.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} Pendientes: {left}; aumente el límite para continuar.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>El tamaño de exportación {preset} del kit no se conoce aquí.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>Elija otro tamaño de exportación en el kit o añádalo en Tamaños de exportación.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>El formato de archivo {format} del kit no se conoce.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Elija PNG, JPEG o WebP.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>No se pudieron exportar {failed} de {total} retratos: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>El resto ({count}) está en {folder}.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>Abra un kit creado con «Guardar kit como» o con `headshot-desktop kit new`.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>el kit de equipo</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>No se puede abrir el kit de equipo {name}: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>El kit de equipo {path} no existe.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>No se puede leer el kit de equipo {name}: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>No se puede usar el kit de equipo {name}: es demasiado grande para ser un kit de equipo.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>No se puede crear el kit de equipo {source}</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>Aquí no hay ningún estilo llamado {style}; el kit lo necesita, o bien una instrucción.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>Aquí no hay ningún tamaño de exportación llamado {preset} (hay {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>No hay ningún proveedor de imágenes llamado {provider} (proveedores conocidos: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>No se puede usar el kit de equipo {name}: no es texto JSON (puede estar dañado).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>No se puede guardar el kit de equipo {name} en {folder}: hay un archivo que lo impide.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>El kit de equipo {name} ya existe en {folder}; se dejó tal como está.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>Elija otro nombre o reemplácelo.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>No se puede guardar el kit de equipo {name} en {folder}: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>No se puede usar el kit de equipo {source}</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>Corrija el campo o vuelva a crear el kit.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; debe ser un grupo de campos ({{…}}), no {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; debe ser texto, no {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; puede tener como máximo {limit} caracteres, no {length}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; debe ser uno de {choices}, no {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; debe ser un número entero de {low} a {high}, no {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; debe ser de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>el texto {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>un grupo de campos</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: no es un kit de equipo de Headshot Desktop.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; debe ser un número entero a partir de 1, no {kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>El kit de equipo {source} lo creó una versión más reciente de Headshot Desktop (versión del kit {version}; esta versión lee {supported}).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; está vacío</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Dé un nombre al kit, p. ej., el del equipo.</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; está vacío</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>Indique un proveedor de imágenes: `headshot-desktop providers` muestra sus ids.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>no tiene ni &quot;style&quot; ni &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>Dele un id de estilo o una instrucción propia.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; debe ser una lista de nombres de rasgos, no {kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; nombra {names}, que no es un rasgo que se pueda conservar</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>Use {features}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; debe ser un grupo de nombres de opción y valores de texto, no {kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; está vacío</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>Indique un tamaño de exportación, p. ej., linkedin.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; debe ser &quot;&quot;, {formats}, no {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; debe ser null o cuatro números [x, y, w, h], no {kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; no es un encuadre ({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Use {fields}.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} no es válido ({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; usa {field}, que no es un campo conocido</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>Vuelva a iniciar el lote desde su kit; los retratos que creó siguen en la biblioteca.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>El lote de equipo {name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>El lote de equipo {path} no existe.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>No se puede leer el lote de equipo {name}: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>No se puede usar el lote de equipo {name}: es demasiado grande para ser un lote.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>Muestre la lista de lotes con `headshot-desktop batch --list`.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>el kit del lote {batch}</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} no es un lote de equipo de Headshot Desktop.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} no tiene un número de versión válido, así que no se puede leer.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} lo escribió una versión más reciente de Headshot Desktop (formato de lote {version}; esta lee hasta {supported}).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>Actualice Headshot Desktop para continuar con este lote.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>no contiene ninguna persona</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>persona {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>dos personas tienen la misma clave</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>falta su {field}</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>su batch_id está vacío</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>falta su kit</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>su {field} no es un número</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} está dañado: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>Detenga primero el lote para quitar personas: se está creando.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>Pulse Detener y luego quítelas.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>No se pudo guardar el lote de equipo en {path}: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>Compruebe que la carpeta de la biblioteca existe y tiene espacio libre.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>La ubicación de los lotes de equipo {place} es un enlace a un lugar fuera de la biblioteca, así que el lote no se guardó allí.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>Sustituya el enlace por una carpeta real llamada {folder} dentro de la biblioteca.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>El lote de equipo {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} está dañado: no es JSON válido.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>Se crearon {made} de {variants} retratos; el límite de frecuencia del proveedor retuvo el resto, que se crearán en el próximo turno de esta persona.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>No se pudo conservar ningún retrato.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} no es un objeto</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} no tiene {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} tiene el estado desconocido {status}</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} tiene referencias que no son una lista de rutas</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} tiene ids de retrato que no son una lista de números</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} tiene variantes pendientes que no son una lista de números pequeños</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} tiene una hora de inicio que no es texto</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} tiene un {field} que no es un número</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} tiene un coste que no es un número</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>No se inició el lote: tiene un límite de gasto de {cap}, pero se desconocen los precios del proveedor para este kit, así que no se podría respetar el límite. Quite el límite para crear el lote de todos modos o elija un modelo con precios conocidos.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} hecho(s)</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} rechazado(s)</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fallido(s)</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>El lote ha terminado: {counts}; gastado {spent}.</translation>
    </message>
</context>
</TS>
