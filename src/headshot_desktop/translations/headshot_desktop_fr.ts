<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop est un logiciel libre sous licence MIT. Il utilise Qt et PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif et libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) et FFmpeg (LGPLv2.1+) via QtMultimedia.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>&amp;Ouvrir une photo…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>Co&amp;ller une photo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>Prendre une photo avec la &amp;caméra…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>Mettre la sélection à la &amp;poubelle</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>&amp;Annuler toutes les générations</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>&amp;Récupérer les portraits conservés…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>&amp;Nouveau style…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>&amp;Modifier le style…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>&amp;Exporter toutes mes données…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recharger la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>Afficher Créer</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Afficher Résultats</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>Afficher Bibliothèque</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>Afficher Équipe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>&amp;Portraits</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>Des portraits professionnels à partir d&apos;un selfie. Vos photos et portraits restent sur cet ordinateur, dans un dossier de votre choix. Pour créer un portrait, la photo est envoyée uniquement au fournisseur d&apos;images que vous choisissez&#xa0;: un service cloud, avec votre propre clé, ou votre propre serveur. Pas de compte, pas de télémétrie.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Vérification de la clé…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} Modèles&#xa0;: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La vérification n&apos;a pas abouti.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam, ou ouvrez ou collez plutôt une photo.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>Accès à la caméra refusé. Autorisez Headshot Desktop à utiliser la caméra dans les paramètres de confidentialité du système, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>Prendre un selfie</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>Viseur de la caméra</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>Message de la caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capturer</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>&amp;Utiliser cette photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>&amp;Ouvrir une photo…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>Co&amp;ller une photo</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>La caméra s&apos;est arrêtée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>Photo prise. Utilisez-la ou reprenez-la.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>Comparer les fournisseurs</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>Créez &lt;b&gt;{style}&lt;/b&gt; à partir de cette photo avec chaque fournisseur coché, côte à côte&#xa0;: une image chacun. Un fournisseur qui refuse ou échoue en donne la raison&#xa0;; les autres continuent.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>son modèle par défaut</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>Modèle pour {provider}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>Touches&#xa0;: 1 curseur, 2 côte à côte, F ou Espace alterne entre avant et après. Plus, moins ou la molette zooment, 0 réinitialise, glisser ou Shift+flèches déplacent la vue. Les flèches gauche et droite déplacent le séparateur. A&#xa0;: cliquez sur les deux yeux de chaque photo pour les aligner.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Vos portraits apparaissent ici.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>Comparaison avant/après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
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
        <translation>modèle par défaut</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>Comparer les fournisseurs</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>Choisissez d&apos;abord une photo et un style.</translation>
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
        <translation>Sélectionnez un portrait dans Résultats ou la Bibliothèque pour le copier.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>«&#xa0;{name}&#xa0;» copié dans le presse-papiers en {made_as}.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>Impossible de lire le portrait.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le recadrage.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>Ajuster le recadrage</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>Ce recadrage ne concerne que ce portrait&#xa0;: les autres gardent le cadrage du kit.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>&amp;Revenir au cadrage du kit</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>&amp;Revenir au cadrage habituel</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Contenu du cadre</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Pas d&apos;aperçu&#xa0;: impossible de lire «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>Le cadre contient {width} × {height} des {full_width} × {full_height} pixels du portrait.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>Faites glisser l&apos;image ou utilisez les flèches pour déplacer le cadre (Shift le déplace davantage)&#xa0;; la molette ou les touches + et - zooment&#xa0;; Origine revient au cadrage habituel. Faites glisser les lignes des yeux et du menton là où vous voulez les yeux et le menton, ou déplacez-les avec Alt et les flèches haut et bas (la ligne du menton avec Alt et Shift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>Cadrage de l&apos;image exportée</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>Yeux</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Menton</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>Données {app}</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>Exporter toutes mes données</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>Enregistrement de toutes vos données dans {name}…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>{originals}, {headshots} et metadata.json enregistrés dans
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>Impossible d&apos;enregistrer vos données dans {path}.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>Cette action supprime chaque original et portrait de la bibliothèque, ses lots d&apos;équipe, les miniatures, les journaux, les paramètres et les clés API stockées dans le trousseau du système. Elle est irréversible.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>Supprimer toutes mes données&#xa0;?</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>Recherche dans la corbeille du système de ce que vous avez supprimé auparavant…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: impossible de lire la corbeille du système.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>Suppression de toutes vos données…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

{app} va maintenant se fermer.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Vos données ont été supprimées</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Tout n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>Vos données n&apos;ont pas pu être toutes supprimées.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>Confidentialité &amp; données</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>Les vider aussi de la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>Les retirer aussi de la corbeille&#xa0;? Seuls ces fichiers partent&#xa0;; le reste de la corbeille est conservé.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>Retirer de la corbeille</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>Les garder dans la corbeille</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les paramètres.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>Zone de dépôt de photo</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>Déposez un selfie ici, ou appuyez sur Entrée pour choisir un fichier</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Déposez un selfie ici&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ou cliquez pour choisir un fichier · Ctrl+V pour coller&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP ou GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>Votre clé API a été refusée</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Pas encore de clé API</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>Non autorisé pour cette clé</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Crédit épuisé</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>Refusé par le système de sécurité</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>Le fournisseur a rencontré un problème</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>Aucune image n&apos;a été créée</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>Le trousseau du système n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Cette photo ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>Un paramètre demande votre attention</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
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
        <translation>{model} (le plus récent disponible)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>Le plus récent disponible</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Celui par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>Choisissez une photo et un style pour voir le coût.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calcul du coût…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>Un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>Le remplacer, garder les deux (le nouveau fichier reçoit un numéro, comme «&#xa0;(2)&#xa0;») ou l&apos;ignorer&#xa0;?</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>Des fichiers de ces noms existent déjà</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>Les remplacer, garder les deux (les nouveaux fichiers reçoivent un numéro, comme «&#xa0;(2)&#xa0;») ou les ignorer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>Les portraits n&apos;ont pas pu être tous exportés.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>Exporter les portraits de l&apos;équipe dans</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>Exportation dans {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>Rien n&apos;a été exporté dans {folder}&#xa0;: personne n&apos;est encore terminé.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>L&apos;exportation a été annulée. Les fichiers déjà écrits sont complets.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>&amp;Taille et fichier</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>Examen du dossier…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>Impossible de rechercher les fichiers dans {folder}.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>Impossible d&apos;exporter les portraits.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Arrêt après le fichier en cours d&apos;écriture…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>LinkedIn et la plupart des sites affichent la photo de profil dans un cercle. Ceci ne change que l&apos;aperçu&#xa0;: le fichier reste carré, et le site le recadre.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>Écrit une seule mention dans le fichier&#xa0;: qu&apos;un algorithme entraîné a créé l&apos;image (le «&#xa0;type de source numérique&#xa0;» IPTC). LinkedIn et d&apos;autres sites la lisent pour indiquer qu&apos;une photo a été créée par IA, et le règlement européen sur l&apos;IA exige ce type d&apos;étiquette à partir d&apos;août 2026. Rien d&apos;autre sur vous ou la photo n&apos;est écrit&#xa0;: ni nom, ni lieu, ni date, ni appareil.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Préréglage de taille</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>Prévisualiser le recadrage rond des sites de profil</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>Indiquer que le fichier a été créé par IA</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>Champs&#xa0;: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>Fichiers qui seront écrits</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;exportation</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>Largeur de la photo sur la page d&apos;équipe</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>Hauteur de la photo sur la page d&apos;équipe</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>La taille à laquelle votre page d&apos;équipe affiche la photo de chacun&#xa0;: demandez à la personne qui la gère, ou regardez l&apos;une des photos sur la page.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>Page d&apos;é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>&amp;Réinitialiser le cadrage</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>Retour au cadrage habituel&#xa0;: centré horizontalement, un peu plus rogné en bas.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>Contenu du cadre</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>Impossible de lire le portrait.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Pas d&apos;aperçu&#xa0;: impossible de lire «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>Le cadre contient {width} × {height} des {full_width} × {full_height} pixels du portrait (zoom {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Pas d&apos;aperçu&#xa0;: impossible de lire «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Aperçu de l&apos;exportation</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>Plus rien à écrire.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>Écrit «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Exportation de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>Exportation de {number} sur {total}…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>Impossible d&apos;exporter «&#xa0;{name}&#xa0;» vers {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>Impossible de lire vos tailles d&apos;exportation personnalisées.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>Exporter le portrait</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>Vous avez arrêté l&apos;exportation avant le dernier fichier.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: le fichier existe déjà dans {folder}, et vous avez choisi de l&apos;ignorer. Exportez à nouveau et choisissez Remplacer ou Garder les deux, ou choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: tous les fichiers existent déjà dans {folder}, et vous avez choisi de les ignorer. Exportez à nouveau et choisissez Remplacer ou Garder les deux, ou choisissez un autre dossier ou nom de fichier.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>La copie a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>Cliquez sur l&apos;œil de gauche, puis sur celui de droite, sur la photo avant ({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>Maintenant les deux mêmes yeux sur la photo après ({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>Les deux points d&apos;une photo sont trop proches&#xa0;: cliquez-les à nouveau</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>Alignées. Cliquez près d&apos;un point pour le déplacer&#xa0;; Suppr les efface&#xa0;; A termine</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>L&apos;application n&apos;est pas destinée aux enfants de moins de 13 ans.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Vous pouvez à tout moment voir chaque fichier du dossier de la bibliothèque, tout exporter en un seul zip, ou tout supprimer (photos, paramètres, journaux et clés stockées) depuis &lt;i&gt;Confidentialité &amp;amp; données&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Vous pouvez à tout moment voir chaque fichier du dossier de la bibliothèque, tout exporter en un seul zip, ou tout supprimer (photos, paramètres, journaux et éventuelles clés stockées) depuis &lt;i&gt;Confidentialité &amp;amp; données&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>L&apos;application ne fait aucune détection ni reconnaissance faciale et ne crée aucun modèle de visage.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app} n&apos;a ni compte, ni statistiques d&apos;utilisation, ni télémétrie. Vos originaux et portraits sont conservés dans un dossier de votre choix&#xa0;; l&apos;application n&apos;en garde aucune copie ailleurs.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>Votre bibliothèque reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Ce qui est envoyé, et à qui</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>Pas de biométrie</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>Vos données, vos droits</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>Ce qui est envoyé à {provider}, et ce qu&apos;il conserve</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>J&apos;ai 13 ans ou plus</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>Confirmez que vous avez 13 ans ou plus</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>L&apos;avis (les flèches le font défiler)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>Avant tout envoi</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>&amp;Accepter et utiliser {provider}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>Rien ne quitte cet ordinateur tant que vous n&apos;avez pas lu ceci et confirmé votre âge.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>Votre clé API {provider}</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>Vous pouvez aussi ignorer cette étape et la saisir plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>Une clé enregistrée est conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>Choisir&#xa0;: {lowercase}</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>Relancer&#xa0;?</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>Cette génération exacte est déjà en cours. La relancer et payer à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>Sa carte se trouve dans l&apos;onglet Résultats. Changez le style ou une option pour faire une génération différente.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>La même graine pour tous garde un rendu cohérent&#xa0;: la première variante de chaque personne est créée avec elle, la deuxième avec le nombre suivant, et ainsi de suite.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>Indiquez ce qui doit changer pour tout le monde&#xa0;: tenue, fond, éclairage, cadrage. L&apos;application ajoute les instructions qui préservent chaque visage tel quel.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>Comment chaque portrait est créé</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Page d&apos;équipe Acme</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Nom du kit</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>Fournisseur d&apos;images</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Le modèle par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Prompt personnalisé</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>p. ex. la cicatrice au-dessus du sourcil gauche</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>Traits à conserver, avec vos mots</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>Variantes par personne</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>Tirer une autre graine&#xa0;: un nouveau rendu, le même pour tous.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>Avec vos mots&#xa0;:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Forme&#xa0;:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Détail&#xa0;:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider} (inconnu ici)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style} (absent ici)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Options propres à {provider}, les mêmes pour tous&#xa0;:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}&#xa0;:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Donnez un nom au kit, p. ex. celui de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>Rédigez le prompt personnalisé, ou choisissez un style.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>Saisissez une graine (un nombre entier), ou appuyez sur Nouvelle graine.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>La graine doit être un nombre entier de 0 à {largest}.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value} (non proposé)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>En attente…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>Progression de {run}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>Annuler {run}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>Relancer {run}</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>Même photo, style, options et fournisseur&#xa0;: payé à nouveau.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>Retirer la carte de {run}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>Retirer les cartes de toutes les générations terminées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Générations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>Aucune génération pour l&apos;instant. Choisissez une photo et un style, puis appuyez sur Générer.</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Est-ce toujours vous&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>Traits à vérifier sur ce portrait</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>Visage et traits</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Teint</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cheveux</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Âge apparent</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>vos notes</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>Cochez ce qui doit rester tel quel sur chaque portrait.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>Traits à conserver…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>Conservés&#xa0;: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Traits à conserver</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>Cochez ce qui doit rester tel quel sur chaque portrait. L&apos;application l&apos;ajoute aux instructions de chaque style&#xa0;; rien ici n&apos;analyse votre visage.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>Autre chose, avec vos mots (p. ex. «&#xa0;ma cicatrice au-dessus du sourcil gauche&#xa0;»)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>Quoi d&apos;autre conserver, avec vos mots</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>Conserver&#xa0;: un favori. Les portraits conservés et leurs originaux ne sont jamais supprimés par le paramètre de conservation, et Supprimer redemande confirmation avant de les retirer.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>Conserver&#xa0;: un favori. Une photo conservée n&apos;est jamais supprimée par le paramètre de conservation, et Mettre à la corbeille redemande confirmation avant de la retirer.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>Marqué Conserver</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>«&#xa0;{name}&#xa0;» est marqué Conserver.</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>Les éléments conservés sont vos favoris. Supprimer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>Supprimer, conservés compris</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>Les éléments conservés sont vos favoris. Les mettre quand même à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>Mettre à la corbeille, conservés compris</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>Seulement les non conservés</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>Garder pour cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>&amp;Retirer la clé stockée</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>Demande au fournisseur si la clé fonctionne. Une clé saisie ici est d&apos;abord enregistrée.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Clé API {provider}</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>Obtenir une clé auprès de {provider}…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>Obtenir une clé API {provider} (ouvre {url} dans votre navigateur)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} ou {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Ou définissez {names} dans l&apos;environnement&#xa0;: la valeur est lue, jamais stockée, et l&apos;emporte sur une clé enregistrée.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider} n&apos;a pas besoin de clé API.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>Recherche de l&apos;emplacement de la clé…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>Clé actuelle&#xa0;: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: une clé ne peut être gardée que pour cette session.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>Impossible d&apos;ouvrir un navigateur web. Ouvrez {url} dans le vôtre.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>Impossible de lire l&apos;emplacement de la clé.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>Saisissez ou collez d&apos;abord une clé.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>Gardée pour cette session.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la clé.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>La clé stockée a été retirée.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Aucune clé n&apos;était stockée.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Retrait de la clé…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Impossible de retirer la clé.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>recherche en cours…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>inconnu&#xa0;: le trousseau du système n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · Bibliothèque&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>Impossible de lire vos styles et tailles d&apos;exportation personnalisés&#xa0;; ceux intégrés sont proposés.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit d&apos;équipe</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>Nouveau kit d&apos;équipe</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>Lecture de vos styles et tailles d&apos;exportation…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>Ce qui empêche d&apos;utiliser le kit</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>Marie Dupont</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>marie_dupont</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>Fractions de la largeur et de la hauteur de chaque portrait&#xa0;: 0.1,0.05,0.8,0.8 garde les 80 % du milieu en largeur et rogne un peu le haut. Après le lot, vous pouvez encore ajuster le recadrage d&apos;une personne.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>Utilisez {name}, {date}, {time}, {style}, {n}, {original} ou {preset}.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>Comment chaque portrait est exporté</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Taille d&apos;exportation</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>Selon la taille</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>Exemple de nom de fichier</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>Indiquer que les fichiers ont été créés par IA</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>Cadrage habituel de chaque taille</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>Le même recadrage pour chaque portrait</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>Recadrage de chaque portrait, en fractions x,y,l,h</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>Cadrage&#xa0;:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>Recadrage&#xa0;:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset} (absent ici)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>Saisissez un modèle de nom de fichier, p. ex. {name}.</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Par exemple&#xa0;: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>ajouté à la main</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}, conservé, de {photo}, {time}</translation>
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
        <translation>★ Conservé&#xa0;: jamais supprimé par le paramètre de conservation&#xa0;; Supprimer redemande confirmation.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>Impossible de vérifier le dossier {folder}.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>Déplacer votre bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>Si vous utilisez le nouveau dossier tel quel, vos photos restent dans {old}.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>Chaque photo est copiée et vérifiée avant la suppression de l&apos;ancienne&#xa0;; aucune n&apos;est donc perdue si le déplacement est interrompu.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>&amp;Utiliser le nouveau dossier tel quel</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>Impossible de remplacer le dossier de la bibliothèque par {folder}.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>La bibliothèque ne peut pas être déplacée pendant la création de portraits&#xa0;: ils y sont enregistrés.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>Attendez la fin des générations (ou annulez-les), puis choisissez à nouveau le dossier dans les Paramètres.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>Déplacement de votre bibliothèque vers {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>Déplacement de votre bibliothèque</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>La bibliothèque est maintenant dans {folder}, mais ces éléments n&apos;ont pas pu être retirés de {old}&#xa0;: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>Ce sont des copies ou vos propres fichiers&#xa0;; supprimez-les à la main si vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>Le déplacement a été annulé&#xa0;; votre bibliothèque reste dans {old}.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>Impossible de déplacer la bibliothèque vers {folder}&#xa0;; rien n&apos;a été retiré de {old}.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>Ajoutés à la main</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>Par style</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>Filtrer par photo</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>Filtrer par style</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>Trier et grouper</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>Conserver les portraits sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>Mettre les portraits sélectionnés à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>&amp;Portraits</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>&amp;Originaux</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>Les photos que vous avez importées&#xa0;: voyez-les, conservez-les ou mettez-les à la corbeille</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Toutes les photos</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>Tous les styles</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>&amp;Portraits ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>&amp;Originaux ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Bibliothèque indisponible</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>Tout ce qui a été choisi n&apos;a pas pu être mis à la corbeille.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>{photos} et {headshots} mis à la corbeille.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>Rien n&apos;a été mis à la corbeille.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>Une autre photo de vous</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>Lecture de la photo supplémentaire et suppression de ses métadonnées…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>Clé API et bibliothèque</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · Style&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>Ouvrir un selfie</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>Le presse-papiers ne contient aucune image. Copiez d&apos;abord une photo, puis collez-la.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>Lecture de la photo et suppression de ses métadonnées…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>Recrée ce portrait au niveau de détail le plus élevé proposé par votre fournisseur, à la taille nécessaire s&apos;il peut la produire&#xa0;: une requête payante, dont le coût est affiché avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>L&apos;exporte quand même, agrandi&#xa0;: plus grand, mais pas plus net.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>Agrandi&#xa0;: le fichier reçoit {needed} pixels créés à partir de {available}. Il paraît plus flou qu&apos;un portrait créé à cette taille, surtout à l&apos;impression, et n&apos;ajoute aucun détail.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>Pas assez de pixels</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>Version finale en &amp;haute définition…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>&amp;Agrandir quand même</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}Recréez-le en haute définition, ou agrandissez-le quand même&#xa0;: un simple agrandissement paraît plus flou et n&apos;ajoute aucun détail.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}Agrandissez-le quand même (un simple agrandissement paraît plus flou et n&apos;ajoute aucun détail), ou choisissez un fournisseur qui crée des images plus grandes.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>Impossible de dessiner l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>Consultez le journal pour plus de détails.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>Fournisseur d&apos;images</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Nombre de variantes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>Choisissez une photo et un style.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimation du coût</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>&amp;Générer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>Générer des portraits</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>Où va votre photo</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>Traits à conserver sur chaque portrait</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>C&amp;omparer…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>Créer ce style avec plusieurs fournisseurs à la fois, côte à côte</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Plus d&apos;options</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Variantes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Détail&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>F&amp;orme&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · Options&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>&amp;Plus d&apos;options ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>Pas encore de portraits</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>pas encore de portraits</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>Importée {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ Conservée&#xa0;: jamais supprimée par le paramètre de conservation</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Le fichier est illisible</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>Photos originales</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Les photos que vous avez importées, sans leurs métadonnées. Les portraits sont créés à partir d&apos;elles.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>Conserver les photos sélectionnées</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Mettre à la &amp;corbeille…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>Mettre les photos sélectionnées à la corbeille&#xa0;; vous choisissez si leurs portraits suivent</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>Afficher &amp;ses portraits</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Encore utilisée</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>Mettre la photo «&#xa0;{name}&#xa0;» à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>Aucun portrait n&apos;a été créé à partir d&apos;elle. Vous pouvez la récupérer dans la corbeille du système.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>Aucun portrait n&apos;a été créé à partir d&apos;elles. Vous pouvez les récupérer dans la corbeille du système.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>Photo et portraits</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>Photos et portraits</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>Seulement la photo</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>Seulement les photos</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>Listes de personnes (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Ajouter des personnes par leurs photos</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>Ajouter tout le monde depuis un dossier</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Ajouter des personnes depuis une liste</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>Impossible de lire les personnes de {file}.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>Impossible d&apos;ajouter ces photos.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>Aucune photo trouvée à cet endroit. Ajoutez des photos (JPEG, PNG, WebP, HEIC…) ou un dossier qui en contient.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>Impossible d&apos;ajouter ces personnes au lot.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>Arrêtez d&apos;abord le lot pour retirer des personnes.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>Seules les personnes encore en attente peuvent être retirées&#xa0;: les autres ont été traitées.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>Retirer du lot&#xa0;?</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>Retirer {names} du lot&#xa0;?</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>Impossible de retirer ces personnes du lot.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}&#xa0;: aucun</translation>
    </message>
    <message>
        <source>{heading}: {value}</source>
        <translation>{heading}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>People in the batch</source>
        <translation>Personnes du lot</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>Sélectionnez une personne pour voir ses variantes&#xa0;; appuyez sur Entrée, puis 1–4, pour choisir la meilleure.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>A&amp;juster le recadrage…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>Ajuster le cadrage du portrait de cette personne</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le choix pour {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>photo de la caméra</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>image déposée</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>Photo choisie&#xa0;; déposez ou cliquez pour la remplacer</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>État de la photo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>Ouvrir un fichier photo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Caméra…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Prendre une photo avec la caméra</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · Votre photo&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · métadonnées supprimées. Déposez une autre photo pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>%n portrait copié dans le presse-papiers en {made_as}.</numerusform>
            <numerusform>%n portraits copiés dans le presse-papiers en {made_as}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>Impossible de copier le portrait (%n).</numerusform>
            <numerusform>Impossible de copier les %n portraits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>Impossible de préparer le portrait (%n) pour le glisser.</numerusform>
            <numerusform>Impossible de préparer les %n portraits pour le glisser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>Préparation de {number} sur %n portrait pour le glisser…</numerusform>
            <numerusform>Préparation de {number} sur %n portraits pour le glisser…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>Impossible de faire glisser le portrait (%n).</numerusform>
            <numerusform>Impossible de faire glisser les %n portraits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n portrait</numerusform>
            <numerusform>%n portraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>%n photo ou portrait supprimé plus tôt dans {app} se trouve encore dans la corbeille du système.</numerusform>
            <numerusform>%n photos et portraits supprimés plus tôt dans {app} se trouvent encore dans la corbeille du système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n des fichiers existe déjà dans {folder}&#xa0;:</numerusform>
            <numerusform>%n des fichiers existent déjà dans {folder}&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>et %n autre (voir Afficher les détails).</numerusform>
            <numerusform>et %n autres (voir Afficher les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>Écrit %n fichier&#xa0;: {names}.</numerusform>
            <numerusform>Écrit %n fichiers&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>Exporter %n portrait</numerusform>
            <numerusform>Exporter %n portraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n fichier exporté vers {folder}.</numerusform>
            <numerusform>%n fichiers exportés vers {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>%n fichier déjà présent ignoré&#xa0;: {names}.</numerusform>
            <numerusform>%n fichiers déjà présents ignorés&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>Vous avez arrêté l&apos;exportation avant le dernier (%n).</numerusform>
            <numerusform>Vous avez arrêté l&apos;exportation avant les %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>%n fichier a été exporté avant cela&#xa0;: {names}. Exportez à nouveau pour continuer avec le reste.</numerusform>
            <numerusform>%n fichiers ont été exportés avant cela&#xa0;: {names}. Exportez à nouveau pour continuer avec le reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>Conservation de %n trait…</numerusform>
            <numerusform>Conservation de %n traits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} est toujours utilisé, donc rien n&apos;a été mis à la corbeille.</numerusform>
            <numerusform>{names} sont toujours utilisés, donc rien n&apos;a été mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>Il est ouvert dans la page Créer, ou une génération en a encore besoin. Ouvrez une autre photo, ou attendez la fin de la génération, puis réessayez.</numerusform>
            <numerusform>Ils sont ouverts dans la page Créer, ou une génération en a encore besoin. Ouvrez une autre photo, ou attendez la fin de la génération, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>%n portrait a été créé à partir d&apos;elle. Le mettre aussi à la corbeille, ou le garder dans la bibliothèque sans sa photo&#xa0;?</numerusform>
            <numerusform>%n portraits ont été créés à partir d&apos;elle. Les mettre aussi à la corbeille, ou les garder dans la bibliothèque sans leur photo&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>%n portrait a été créé à partir d&apos;elles. Le mettre aussi à la corbeille, ou le garder dans la bibliothèque sans sa photo&#xa0;?</numerusform>
            <numerusform>%n portraits ont été créés à partir d&apos;elles. Les mettre aussi à la corbeille, ou les garder dans la bibliothèque sans leur photo&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>Mettre %n photo à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre %n photos à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n d&apos;entre elles est marquée Conserver&#xa0;: {names}.</numerusform>
            <numerusform>%n d&apos;entre elles sont marquées Conserver&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>Déplacer votre bibliothèque (%n photo) vers {folder}&#xa0;?</numerusform>
            <numerusform>Déplacer votre bibliothèque (%n photos) vers {folder}&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>Déplacement de votre bibliothèque vers {folder}…
{done} sur %n fichier copié et vérifié.</numerusform>
            <numerusform>Déplacement de votre bibliothèque vers {folder}…
{done} sur %n fichiers copiés et vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>%n photo déplacée vers {folder}.</numerusform>
            <numerusform>%n photos déplacées vers {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>Impossible de modifier la marque Conserver (%n).</numerusform>
            <numerusform>Impossible de modifier les %n marques Conserver.</numerusform>
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
            <numerusform>%n photo mise à la corbeille.</numerusform>
            <numerusform>%n photos mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>%n portrait mis à la corbeille.</numerusform>
            <numerusform>%n portraits mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>%n autre photo de vous accompagnera celle-ci, sans métadonnées.</numerusform>
            <numerusform>%n autres photos de vous accompagneront celle-ci, sans métadonnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>L&apos;index de la bibliothèque a été reconstruit à partir de vos fichiers&#xa0;; %n portrait a retrouvé son style, son prompt et son coût.</numerusform>
            <numerusform>L&apos;index de la bibliothèque a été reconstruit à partir de vos fichiers&#xa0;; %n portraits ont retrouvé leur style, leur prompt et leur coût.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu&#xa0;: {names}.</numerusform>
            <numerusform>%n n&apos;ont pas pu&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>%n lien du dossier de la bibliothèque n&apos;a pas été suivi.</numerusform>
            <numerusform>%n liens du dossier de la bibliothèque n&apos;ont pas été suivis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>Plus d&apos;options&#xa0;: l&apos;option de {provider} (%n)</numerusform>
            <numerusform>Plus d&apos;options&#xa0;: les %n options de {provider}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>Coût&#xa0;: &lt;b&gt;gratuit&lt;/b&gt;&#xa0;: %n image créée sur votre serveur à {hosts}&#xa0;; rien n&apos;est envoyé à un service cloud.</numerusform>
            <numerusform>Coût&#xa0;: &lt;b&gt;gratuit&lt;/b&gt;&#xa0;: %n images créées sur votre serveur à {hosts}&#xa0;; rien n&apos;est envoyé à un service cloud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>Coût&#xa0;: &lt;b&gt;gratuit&lt;/b&gt;&#xa0;: %n image créée sur cet ordinateur par {title}.</numerusform>
            <numerusform>Coût&#xa0;: &lt;b&gt;gratuit&lt;/b&gt;&#xa0;: %n images créées sur cet ordinateur par {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>Coût estimé&#xa0;: &lt;b&gt;{price}&lt;/b&gt; pour %n image, payé à {title} avec votre clé.</numerusform>
            <numerusform>Coût estimé&#xa0;: &lt;b&gt;{price}&lt;/b&gt; pour %n images, payé à {title} avec votre clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>Coût estimé&#xa0;: &lt;b&gt;{price}&lt;/b&gt; pour %n image, payé à {title}.</numerusform>
            <numerusform>Coût estimé&#xa0;: &lt;b&gt;{price}&lt;/b&gt; pour %n images, payé à {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>%n portrait payé a été gardé dans {folder}, car la bibliothèque ne pouvait pas le recevoir à ce moment-là. Le déplacer maintenant dans la bibliothèque&#xa0;?</numerusform>
            <numerusform>%n portraits payés ont été gardés dans {folder}, car la bibliothèque ne pouvait pas les recevoir à ce moment-là. Les déplacer maintenant dans la bibliothèque&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>%n portrait déplacé dans la bibliothèque.</numerusform>
            <numerusform>%n portraits déplacés dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n sur {total} prêt</numerusform>
            <numerusform>%n sur {total} prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>Terminé · %n portrait · {cost}</numerusform>
            <numerusform>Terminé · %n portraits · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>Terminé · %n portrait</numerusform>
            <numerusform>Terminé · %n portraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>%n portrait exporté dans {folder}.</numerusform>
            <numerusform>%n portraits exportés dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
            <numerusform>la personne restante (%n)</numerusform>
            <numerusform>les %n personnes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;D&apos;autres photos de vous aident à préserver votre ressemblance (facultatif, jusqu&apos;à %n)&#xa0;:&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;D&apos;autres photos de vous aident à préserver votre ressemblance (facultatif, jusqu&apos;à %n)&#xa0;:&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>Cercle LinkedIn, %n pixel</numerusform>
            <numerusform>Cercle LinkedIn, %n pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n pixel de large</numerusform>
            <numerusform>%n pixels de large</numerusform>
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
            <numerusform>%n pixel, comme à côté d&apos;un commentaire</numerusform>
            <numerusform>%n pixels, comme à côté d&apos;un commentaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>En vignette sur une page d&apos;équipe, %n pixel de large. Le même cadrage pour tous donne des têtes de même taille.</numerusform>
            <numerusform>En vignette sur une page d&apos;équipe, %n pixels de large. Le même cadrage pour tous donne des têtes de même taille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} à sa taille sur papier, {size}, selon la taille que cet écran indique (%n pixel par pouce). Posez une règle dessus pour vérifier.</numerusform>
            <numerusform>{preset} à sa taille sur papier, {size}, selon la taille que cet écran indique (%n pixels par pouce). Posez une règle dessus pour vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} à peu près à sa taille sur papier, {size}. Cet écran n&apos;indique pas sa taille réelle&#xa0;: l&apos;application compte %n pixel par pouce, la taille affichée est donc approximative.</numerusform>
            <numerusform>{preset} à peu près à sa taille sur papier, {size}. Cet écran n&apos;indique pas sa taille réelle&#xa0;: l&apos;application compte %n pixels par pouce, la taille affichée est donc approximative.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>Utiliser {title}&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant que vos photos y soient envoyées, veuillez lire ce que {title} en fait.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veuillez lire ce que {title} en fait.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>Utiliser {title}</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>Fournisseur d&apos;images</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>Où va votre photo, et ce que le fournisseur conserve</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>Les modèles que votre clé peut utiliser</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>Aperçus approximatifs pendant le rendu</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> aperçus pendant le rendu</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>A&amp;perçus&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider} n&apos;a pas besoin de clé API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Clé API {provider}</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider} n&apos;envoie pas d&apos;aperçus.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>Le plus récent utilisable par votre clé (recommandé)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Celui par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>Liste des modèles utilisables par votre clé…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>Impossible de lister les modèles utilisables par votre clé. {reason} Le modèle choisi est conservé, et vous pouvez saisir le nom d&apos;un autre.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider} ne liste aucun modèle d&apos;image pour cette clé. Vous pouvez saisir le nom d&apos;un modèle.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>Brouillon (faible)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>Bon (moyen)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>Optimal (élevé)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>Selon le style</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>Votre photo va uniquement à {title} à {hosts} quand vous appuyez sur Générer&#xa0;; rien n&apos;est envoyé à un service cloud. Pas de compte, pas de pistage.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>Votre photo reste sur cet ordinateur jusqu&apos;à ce que vous appuyiez sur Générer&#xa0;; seuls ses pixels sont alors envoyés à {title} ({hosts}) via HTTPS. Pas de compte, pas de pistage.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>Votre photo reste sur cet ordinateur jusqu&apos;à ce que vous appuyiez sur Générer&#xa0;; seuls ses pixels sont alors envoyés à {title} via HTTPS. Pas de compte, pas de pistage.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>Votre photo ne quitte jamais cet ordinateur&#xa0;: {title} crée les portraits ici. Pas de compte, pas de pistage.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés à &lt;b&gt;{title}&lt;/b&gt; à &lt;b&gt;{hosts}&lt;/b&gt; (sur votre réseau). Rien n&apos;est envoyé à un service cloud.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés à &lt;b&gt;{title}&lt;/b&gt; à &lt;b&gt;{hosts}&lt;/b&gt; (sur cet ordinateur). Rien n&apos;est envoyé à un service cloud.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; à {hosts} crée le portrait sur cet ordinateur&#xa0;: votre photo ne le quitte pas.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; crée le portrait sur cet ordinateur&#xa0;: votre photo ne le quitte pas.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés via HTTPS à &lt;b&gt;{title}&lt;/b&gt; ({hosts}), avec votre propre clé API. Rien d&apos;autre ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés via HTTPS à &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Rien d&apos;autre ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés via HTTPS à &lt;b&gt;{title}&lt;/b&gt;, avec votre propre clé API. Rien d&apos;autre ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>Quand vous appuyez sur &lt;b&gt;Générer&lt;/b&gt;, la photo choisie (réduite, sans aucune métadonnée telle que le lieu ou les détails de l&apos;appareil) et le texte du style sont envoyés via HTTPS à &lt;b&gt;{title}&lt;/b&gt;. Rien d&apos;autre ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;Ce que {title} conserve&#xa0;:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>Conditions de {title} telles que lues le {date}.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>inconnu ({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>environ {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{title} à {hosts}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}&#xa0;: aucune clé API nécessaire</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>Clé API pour {title}&#xa0;: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>Certains paramètres étaient endommagés</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>Portraits mis de côté</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>Impossible de compter les portraits mis de côté.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>Ceux-ci n&apos;ont pas encore pu être déplacés&#xa0;:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>Portraits mis de côté</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>Impossible de déplacer les portraits mis de côté dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>Ajouter une autre photo de vous, pour préserver votre ressemblance</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} n&apos;accepte pas d&apos;autres photos de vous.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}&#xa0;: cliquez pour la retirer</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>Retirer la photo supplémentaire {number}, {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>Affiner ce portrait</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>Ce qu&apos;il faut changer, p. ex. «&#xa0;cravate bleu marine au lieu de rouge&#xa0;», «&#xa0;moins de sourire&#xa0;»</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>L&apos;application envoie {name} avec votre selfie, pour que la modification préserve votre ressemblance et les traits à conserver.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Affiner</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>Une nouvelle variante de {style} à partir de la même photo.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name} recréé au niveau de détail le plus élevé.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>Version finale en haute définition</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider} n&apos;indique pas la taille des images qu&apos;il crée&#xa0;: une version finale peut donc encore être trop petite.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider} peut le recréer en {size} pixels, ce qui suffit.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>La plus grande image que crée {provider} fait {size} pixels, pas plus que ce portrait.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>La plus grande image que crée {provider} fait {size} pixels, soit {framed} une fois cadrée&#xa0;: c&apos;est mieux, mais encore insuffisant.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name} recréé au niveau de détail le plus élevé (le fournisseur n&apos;indique pas à quelle taille).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name} recréé au niveau de détail le plus élevé, à la plus grande taille que crée {provider}&#xa0;: {size} pixels.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name} recréé au niveau de détail le plus élevé, en {size} pixels.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>C&apos;est suffisant pour {destination}.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination} nécessite {needed}&#xa0;: il sera quand même agrandi, à partir d&apos;environ {framed}.</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}, conservé</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
Conservé&#xa0;: un favori</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossible de lire {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>Impossible d&apos;ouvrir {name}.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>Tous les portraits choisis n&apos;ont pas pu être mis à la corbeille.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Vos portraits apparaissent ici.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>Choisissez un résultat ci-dessous pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>&amp;Affiner…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>Modifier ce portrait selon vos indications, en préservant votre ressemblance</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Encore</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>Une nouvelle variante du même style et de la même photo</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>Version &amp;finale en haute définition</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>Recréer celui-ci au niveau de détail le plus élevé</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · «&#xa0;{instruction}&#xa0;»</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>Impossible d&apos;appliquer les paramètres de conservation.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>Impossible d&apos;appliquer entièrement les paramètres de conservation. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>Impossible d&apos;afficher le dossier {folder}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>Ouvrez vous-même ce dossier dans votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>Ouvrez ou créez un kit d&apos;équipe, puis ajoutez des personnes, pour voir le coût du lot.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>Impossible de calculer le coût du lot.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>Impossible de créer le lot.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>Le lot s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>Le kit ne peut pas être utilisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>Personne n&apos;attend d&apos;être traité.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>&amp;Démarrer · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calcul du coût…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>Impossible de remettre en attente les personnes en échec.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>Arrêt… les personnes en cours de traitement retournent dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>Le lot a été arrêté. Reprenez-le quand vous voulez.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>Faire confiance à ce serveur sur mon réseau (http:// simple)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>Faire confiance à ce serveur sur mon réseau</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>En http:// simple, votre photo traverse le réseau sans chiffrement&#xa0;: n&apos;importe qui sur ce réseau pourrait la voir. Ne cochez ceci que pour votre propre serveur sur un réseau de confiance, ou utilisez https://.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>&amp;Tester le serveur</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>Impossible d&apos;importer la photo.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>Impossible de lire le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>Impossible de lister la bibliothèque.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>Le selfie à partir duquel {name} a été créé n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>Impossible de lire les versions de {name}.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>Impossible de lire le portrait {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>Il a peut-être été déplacé ou supprimé. Appuyez sur F5 pour relire le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>Impossible d&apos;afficher le portrait {name}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>Rendu de l&apos;image {index} sur {total}…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>Création de l&apos;image {index} sur {total}… {percent} %</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} Nouvel essai dans {seconds} s…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>Impossible d&apos;effacer les anciennes photos comme le demande le paramètre de conservation.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>Annulé · rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>Une erreur s&apos;est produite lors de la création du portrait.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>Impossible de démarrer la génération.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>Les mettre à la corbeille après la génération, dès que vous passez à une autre photo</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>Les mettre à la corbeille après un nombre de jours</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>Fournisseur &amp;&amp; c&amp;lé</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>Ce qu&apos;il advient des originaux</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>Jours de conservation des originaux</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>Jours de conservation des journaux</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>&amp;Originaux&#xa0;:</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…après&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Les originaux marqués Conserver (Bibliothèque ▸ Originaux), et les originaux des portraits conservés, restent toujours. Les portraits eux-mêmes ne sont jamais supprimés par ce paramètre.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>&amp;Journaux conservés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>&amp;Confidentialité &amp;&amp; données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>Tout ce que l&apos;application conserve se trouve sur cet ordinateur&#xa0;: le dossier de la bibliothèque, les miniatures, les journaux, les paramètres et les clés API dans le trousseau du système. Rien n&apos;est envoyé nulle part, sauf la photo à partir de laquelle vous générez, au fournisseur d&apos;images choisi.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>&amp;Exporter toutes mes données…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>Exporter toutes mes données dans un fichier zip</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Choisir le dossier de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>Aucune réponse n&apos;est arrivée.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>Impossible de lister les modèles.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>Les styles intégrés ne peuvent pas être modifiés&#xa0;; créez plutôt un nouveau style.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>Portrait (plus haut que large)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>Paysage (plus large que haut)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>Modifier le style</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>Nouveau style</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>Nom du style</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>Description du style</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>Prompt du style</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>Indiquez ce qui doit changer&#xa0;: tenue, fond, éclairage, cadrage. L&apos;application ajoute les instructions qui préservent votre visage tel quel.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le style.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Styles</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>Kits d&apos;équipe (*.headshot-kit.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Nouveau kit…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>Créer un nouveau kit d&apos;équipe</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>Ouvrir un &amp;kit…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>Ouvrir un fichier de kit d&apos;équipe</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>Enregistrer le k&amp;it sous…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>Enregistrer le kit d&apos;équipe dans un fichier à partager</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Ajouter des personnes par leurs photos</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>Une personne par photo</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>Ajouter tout le monde depuis un dossier de photos</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>Une personne par photo du dossier</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>Ajouter depuis un C&amp;SV…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Ajouter des personnes depuis une liste</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>Un fichier CSV&#xa0;: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>ou déposez des photos et des dossiers sur le tableau.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;uer</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>Reprendre le lot arrêté</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>Coût du lot</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>Plafond de dépenses en dollars</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>Le lot s&apos;arrête avant que la personne suivante ne fasse dépasser ce montant.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>Plafond de dé&amp;penses&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>Démarrer le lot</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>Arrêter le lot&#xa0;; il pourra être repris plus tard</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>Remettre en attente les personnes arrêtées par une erreur (rien n&apos;a été payé)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>Où en est le lot</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>E&amp;xporter tout…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>Exporter le portrait de chaque personne terminée</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Afficher les fichiers exportés dans leur dossier</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>Impossible de lire les lots d&apos;équipe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kit d&apos;équipe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>Pas encore de kit d&apos;équipe. Créez-en un avec Nouveau…, ou ouvrez celui qu&apos;un collègue a partagé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (non enregistré)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>Ce kit ne peut pas être utilisé sur cet ordinateur&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>Ouvrir un kit d&apos;équipe</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>Impossible d&apos;ouvrir le kit d&apos;équipe {file}.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>Enregistrer le kit d&apos;équipe</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>Impossible d&apos;enregistrer le kit d&apos;équipe dans {file}.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>Le kit d&apos;équipe a été enregistré dans {file}.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>Le lot tourne avec son propre kit. Arrêtez-le avant de choisir un autre kit.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>Un nouveau lot démarre avec ce kit&#xa0;; le précédent reste dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>Toute une équipe en un lot cohérent&#xa0;: un kit, le portrait de chacun</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>Refusé — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>Échec — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>environ {hours} h restantes</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{done} sur {total} · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>En attente de la limite de débit du fournisseur · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>Gratuit sur votre serveur pour {who}</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>gratuit sur votre serveur</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>Gratuit sur cet ordinateur pour {who}</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>gratuit sur cet ordinateur</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>Le coût pour {who} est inconnu ({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>Le coût pour {who} est inconnu.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>Environ {cost} pour {who}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>environ {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{cost} pour {who}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Prompt personnalisé</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · export&#xa0;: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>Ce lot s&apos;est arrêté avec {done} sur {total} terminés.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>Aperçus en taille réelle</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>Vignette de page d&apos;équipe</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>Impression à sa taille sur papier</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>Page d&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Impression</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre nom&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre fonction</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>Tel que LinkedIn l&apos;affiche&#xa0;: dans un cercle, de la page de profil jusqu&apos;à la taille à côté d&apos;un commentaire.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>Tel que LinkedIn l&apos;affiche&#xa0;: dans un cercle, de la page de profil jusqu&apos;à la taille à côté d&apos;un commentaire. LinkedIn garde le carré central d&apos;une image qui n&apos;est pas carrée.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>Choisissez une taille d&apos;impression, comme Tirage 8 × 10 ou Casting 5 × 7, pour la voir à sa taille sur papier.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} pouces</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>Cliquez sur un portrait ou appuyez sur son numéro (1–4) pour choisir celui à exporter.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>Chacun lui ressemble-t-il encore&#xa0;? Comparez-le avec sa photo à gauche.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Sa photo</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sa photo&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>À propos des portraits de cette personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;Choisissez une personne&lt;/b&gt; pour voir ses portraits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>Pas encore de portraits de cette personne.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>Impossible de lire les portraits de {name}.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Absent de la bibliothèque</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>Impossible de lire ce portrait.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · choisi</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>Variante {number}, choisie</translation>
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
        <translation>Versions&#xa0;:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}&#xa0;: première</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>Version {number}&#xa0;: première</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}&#xa0;: «&#xa0;{instruction}&#xa0;»</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>Version {number}&#xa0;: «&#xa0;{instruction}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>Aucune clé API {provider} n&apos;est définie.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>Saisissez votre clé dans les Paramètres, ou définissez {variables}.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>Aucune clé API Black Forest Labs n&apos;est définie.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>la région dans les Paramètres</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>l&apos;hôte de livraison de BFL</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>le lien fourni par BFL</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} a donné une réponse qui ne vient pas de BFL (HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>Votre compte {service} n&apos;a plus de crédits.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>Ajoutez des crédits sur {address}, puis réessayez.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} ne propose pas {model}.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} a refusé une valeur de la requête.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>Choisissez un autre modèle, une autre forme ou un autre niveau de détail, ou une autre photo.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>{service} a trop de vos tâches en cours en même temps.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>Patientez un instant et réessayez, ou demandez moins de variantes à la fois.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>Vérifiez le modèle dans les Paramètres, ou essayez une autre photo.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>La modération de {service} a signalé votre photo ou le texte du style avant le début{reasons}. BFL ne le facture pas.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>Essayez une autre photo (bien éclairée, vous seul dans le cadre) ou un autre style.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>La modération de {service} a signalé le portrait créé, il n&apos;a donc pas été livré{reasons}. BFL ne le facture pas.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} a signalé une erreur lors de la création de l&apos;image{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} ne connaît plus la tâche qui lui a été confiée (Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} a indiqué un état de tâche que l&apos;application ne connaît pas&#xa0;: «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>Le lien vers le portrait terminé a expiré avant qu&apos;il puisse être récupéré.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>Impossible de récupérer le portrait terminé auprès de {service} (HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL l&apos;a créé et l&apos;a peut-être facturé&#xa0;: réessayez pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>Annulé. Black Forest Labs ne peut pas arrêter une tâche déjà en file d&apos;attente&#xa0;: il peut donc encore la terminer et la facturer.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>{model} de Black Forest Labs accepte au plus {count} photos de référence.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>Choisissez moins de photos de référence, ou un autre modèle FLUX.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>une réponse de tâche sans identifiant</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>une adresse de suivi hors de BFL ({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>un état de tâche qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>une tâche terminée sans lien https vers son image</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} n&apos;a pas terminé l&apos;image en {seconds:.0f} secondes&#xa0;: l&apos;application a cessé d&apos;attendre.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>Il peut encore la terminer et la facturer&#xa0;: consultez votre page d&apos;utilisation avant de réessayer.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>une image plus grande que n&apos;importe quel portrait</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>Annulé. Black Forest Labs avait déjà créé l&apos;image, et la facture.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs n&apos;a pas publié combien de temps son API conserve les photos et images qu&apos;elle reçoit, ni si elle les utilise pour l&apos;entraînement&#xa0;: nous n&apos;avons pu confirmer ni l&apos;un ni l&apos;autre. Lisez ses conditions d&apos;API&#xa0;: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>La photo est envoyée par défaut à l&apos;hôte européen de BFL (api.eu.bfl.ai, que BFL exploite uniquement dans des régions de l&apos;UE)&#xa0;; vous pouvez choisir à la place son hôte mondial ou américain.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>Le portrait terminé revient d&apos;un second hôte de BFL (delivery…bfl.ai) via un lien valable environ 10 minutes&#xa0;; l&apos;application le récupère immédiatement, sans votre clé.</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>global</source>
        <translation>mondial</translation>
    </message>
    <message>
        <source>us</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>Où BFL reçoit votre photo&#xa0;: son hôte européen (par défaut), son hôte mondial ou son hôte américain.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>Le format dans lequel BFL envoie le portrait.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>Utilisez https://, ou cochez «&#xa0;Faire confiance à ce serveur sur mon réseau&#xa0;» dans les Paramètres (en ligne de commande&#xa0;: --trust-server, une fois). Ne le faites que sur un réseau de confiance&#xa0;: le http:// simple peut être lu en chemin.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>L&apos;adresse ComfyUI {address} n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>Le serveur ComfyUI {server} serait joint en http:// simple, ce qui envoie votre photo sans chiffrement sur le réseau.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>Vérifiez que l&apos;adresse dans les Paramètres est bien celle de votre serveur ComfyUI.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>ComfyUI à {server}</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} a refusé la requête (HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>Si ComfyUI tourne derrière un proxy ou avec des réglages particuliers, vérifiez-les.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} ne répond pas comme ComfyUI (HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} a rencontré un problème (HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>Consultez la fenêtre ou le journal de ComfyUI, puis réessayez.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} n&apos;a pas pu exécuter la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>Vérifiez le workflow et l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>nœud {node} ({type})&#xa0;: {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} a refusé le workflow&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>Installez sur le serveur ce qu&apos;il indique (un fichier de modèle ou un nœud personnalisé), ou choisissez un autre workflow.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>nœud {node} ({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} n&apos;a pas assez de mémoire GPU pour ce modèle (il lui faut environ {size:g} GB).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} n&apos;a pas assez de mémoire GPU pour ce modèle.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>Choisissez un workflow plus léger (FLUX.2 [klein] 4B) dans les Paramètres, fermez les autres programmes qui utilisent le GPU, ou utilisez un serveur avec un GPU plus puissant.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} s&apos;est arrêté sur une erreur dans {node}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>Consultez la fenêtre ou le journal de ComfyUI pour les détails.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} a redémarré ou a oublié l&apos;exécution pendant la création de votre portrait.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>La connexion à {service} a été perdue pendant la création de votre portrait.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>Rien n&apos;a été conservé. Vérifiez que ComfyUI est lancé, puis réessayez.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>L&apos;exécution a été arrêtée sur {service} (quelqu&apos;un y a appuyé sur Annuler, ou elle a été interrompue).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>Rien n&apos;a été conservé. Réessayez.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>Impossible d&apos;ouvrir la connexion en direct de {service} (WebSocket).</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>Vérifiez que ComfyUI est lancé à l&apos;adresse indiquée dans les Paramètres.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>Rien ne répond à {address}.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>Vérifiez que ComfyUI y est lancé, ainsi que l&apos;adresse dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>Le serveur à {address} n&apos;est pas ComfyUI.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>Vérifiez l&apos;adresse dans les Paramètres.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(version non indiquée)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>pas de GPU, il tourne donc sur le processeur (très lentement)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu} avec {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>ComfyUI {version} trouvé à {server}&#xa0;: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}&#xa0;: sa licence ({licence}) n&apos;autorise aucun usage commercial.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>une liste de nœuds qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>Le workflow ComfyUI {workflow} n&apos;accepte pas de photos de référence&#xa0;; {chosen} ont été choisies.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>Le workflow ComfyUI {workflow} accepte au plus {count} photo de référence&#xa0;; {chosen} ont été choisies.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>Le workflow ComfyUI {workflow} accepte au plus {count} photos de référence&#xa0;; {chosen} ont été choisies.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>Choisissez moins de photos de référence, ou un workflow avec des emplacements {{{{reference_1}}}}, {{{{reference_2}}}}, … (un LoadImage pour chacun).</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>une réponse d&apos;envoi sans nom de fichier</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} n&apos;a pas terminé en {minutes:.0f} minutes&#xa0;: l&apos;exécution a été arrêtée.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>Un gros modèle sur un petit GPU (ou un CPU) peut être très lent.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} crée votre portrait…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} a terminé sans image.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>Vérifiez que le workflow se termine par un nœud PreviewImage ou SaveImage.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI (votre propre serveur)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>Rien n&apos;est envoyé à un service cloud&#xa0;: la photo va uniquement au serveur ComfyUI que vous exploitez, qui conserve ce que ses propres réglages prévoient. L&apos;application l&apos;envoie comme fichier temporaire (ComfyUI les efface à son démarrage) et retire l&apos;exécution de l&apos;historique du serveur dès que le portrait est revenu.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>Les workflows fournis utilisent des modèles à poids ouverts que vous téléchargez une fois sur votre serveur&#xa0;; leurs licences diffèrent (FLUX.1 Kontext [dev] est réservé à un usage non commercial).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511 (meilleure ressemblance)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B (rapide, petits GPU)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev] (usage non commercial uniquement)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>selon son auteur</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>Il n&apos;existe aucun workflow ComfyUI nommé {name}.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>Workflows connus&#xa0;: {names}, ou le chemin de votre propre fichier de workflow au format API.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>Impossible de lire le fichier de workflow {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>Le fichier de workflow {path} est plus grand que n&apos;importe quel workflow (plus de 2 MB).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>Le fichier de workflow {path} n&apos;est pas un JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>Le fichier de workflow {path} n&apos;est pas au format API de ComfyUI.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>Dans ComfyUI, utilisez Workflow ▸ Export (API), puis choisissez ce fichier.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>Le fichier de workflow {path} n&apos;a pas d&apos;espace réservé {placeholders}.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>Placez {{{{photo}}}} là où LoadImage nomme son image et {{{{prompt}}}} là où va le texte&#xa0;; {{{{seed}}}}, {{{{width}}}} et {{{{height}}}} sont facultatifs.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>Le workflow demande {placeholder}, que l&apos;application ne remplit pas.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>Espaces réservés connus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} n&apos;a aucun nœud nommé «&#xa0;{type}&#xa0;» (nœud {node} de ce workflow).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>Mettez ComfyUI à jour, ou installez le nœud personnalisé qui le fournit.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>Ce workflow utilise «&#xa0;{type}&#xa0;», un nœud qui envoie l&apos;image à un service cloud&#xa0;: l&apos;application ne l&apos;exécutera pas.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>Choisissez un workflow qui tourne uniquement sur votre serveur.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>Le nœud «&#xa0;{type}&#xa0;» de {server} n&apos;a aucune entrée nommée «&#xa0;{name}&#xa0;» (nœud {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>Mettez ComfyUI à jour&#xa0;: le workflow a été créé pour une version plus récente.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} n&apos;a pas le fichier de modèle {file}, nécessaire à {workflow} ({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} Placez-le dans le dossier models/{folder} de ComfyUI (environ {size:g} GB&#xa0;; téléchargez-le depuis {address}).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>Téléchargez-le sur le serveur, redémarrez ComfyUI, ou choisissez un autre workflow.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>Faux fournisseur (développeurs)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>Rien ne quitte cet ordinateur&#xa0;: le faux fournisseur crée ses images localement et ne conserve rien.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>chaud</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>froid</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>La teinte que reçoit le faux portrait.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>Cet échec a été demandé exprès&#xa0;: retirez {variable} (ou l&apos;option fail) pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>Le faux fournisseur n&apos;a pas accepté la clé API.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>Le faux fournisseur a refusé l&apos;accès à son modèle.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>Le compte du faux fournisseur n&apos;a plus de crédit.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>Le faux fournisseur limite la fréquence des requêtes.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>Le système de sécurité du faux fournisseur a refusé cette photo ou le prompt du style.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>Le faux fournisseur n&apos;a pas pu exécuter la requête.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>Le faux fournisseur ne propose pas ce qui a été demandé.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>Le faux fournisseur a rencontré un problème de son côté.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>La connexion au faux fournisseur a été interrompue.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>Le faux fournisseur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>Le faux fournisseur a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>Le faux fournisseur ne peut pas échouer avec {value}.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>Utilisez l&apos;un de {kinds}, éventuellement suivi de&#xa0;:N.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>La latence {value} du faux fournisseur n&apos;est pas un nombre de secondes de 0 à 3600.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>Corrigez {variable} ou l&apos;option de latence.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>Le faux fournisseur n&apos;a aucun modèle nommé {model}.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>Laissez le modèle vide ou choisissez {model}.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>Le faux fournisseur fonctionne&#xa0;: il crée des portraits sur cet ordinateur, gratuitement.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>Le faux fournisseur n&apos;a aucun rendu nommé {look}.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>Choisissez {looks}.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>Création d&apos;un faux portrait sur cet ordinateur…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>Le faux fournisseur n&apos;a pas pu lire la photo.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>Essayez une autre photo.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} de Gemini accepte au plus {count} photos de référence.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>Choisissez moins de photos de référence, ou un modèle d&apos;image Gemini plus récent.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>Le système de sécurité de {service} a bloqué la requête avant de créer quoi que ce soit ({reason})&#xa0;: il a signalé votre photo ou le texte du style.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>Le système de sécurité de {service} a arrêté le portrait créé ({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>{service} s&apos;est arrêté car le résultat ressemblait trop à une image existante.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} a répondu par du texte au lieu de créer le portrait.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>C&apos;est ainsi que Gemini refuse&#xa0;: essayez une autre photo ou un autre style.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>{service} n&apos;a créé aucune image cette fois ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>Essayez une autre photo (bien éclairée, vous seul dans le cadre) ou un autre style. Réessayer la même photo et le même style sera probablement refusé à nouveau.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>La version {version} de l&apos;API Gemini n&apos;est pas proposée par Google.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>Utilisez v1 ou v1beta (ou retirez {variable}).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Aucune clé API Gemini n&apos;est définie.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>Le crédit prépayé de votre clé {service} est épuisé.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Ajoutez du crédit ou vérifiez la facturation dans Google AI Studio ({address}), puis réessayez.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>{service} ne peut pas être utilisé avec cette clé en l&apos;état.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Activez la facturation pour le projet de la clé dans Google AI Studio&#xa0;: le niveau gratuit n&apos;est pas proposé partout.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>Vérifiez que l&apos;API Gemini est activée pour le projet de la clé et que ce modèle est autorisé.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} ne propose pas {model} à cette clé.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} ne propose pas ce qui a été demandé à cette clé.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>Choisissez un autre modèle dans les Paramètres (Tester la clé liste ceux que votre clé peut utiliser).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} a mis trop de temps à créer l&apos;image (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>Vérifiez le modèle et le niveau de détail dans les Paramètres, ou essayez une autre photo.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>{service} n&apos;a pas pu être joint correctement (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} a donné une réponse qui ne vient pas de Gemini (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Vérifiez le projet de la clé dans Google AI Studio, ou saisissez un nom de modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google conserve les prompts et les images jusqu&apos;à 55 jours pour détecter les abus. Sur un projet payant (facturation activée), il ne les utilise pas pour améliorer ses produits.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>Au niveau gratuit, Google peut utiliser ce que vous envoyez pour améliorer ses produits, et des employés de Google peuvent le lire&#xa0;: utilisez une clé d&apos;un projet Google Cloud avec la facturation activée.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>Les projets créés depuis le 26 octobre 2026 conservent un journal des requêtes, sauf si la journalisation est désactivée dans Google AI Studio. L&apos;application demande à Google de ne pas journaliser chaque requête&#xa0;; désactiver la journalisation dans AI Studio le garantit.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Selon les conditions de Google, l&apos;API Gemini est destinée à un usage professionnel, par des personnes de 18 ans ou plus.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>Ma clé API Gemini appartient à un projet avec la facturation activée (niveau payant).</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Chaque image créée par Gemini porte le filigrane invisible SynthID de Google, qui la signale comme créée par IA.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>le prompt est vide</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>le prompt dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>la forme {shape} ne fait pas partie de {shapes}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}&#xa0;; {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>le niveau de détail {level} ne fait pas partie de {levels}</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>le nombre d&apos;aperçus doit être de 0 à {most}</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>il y a au plus {most} variantes</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>il y a au plus {most} photos de référence</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>Ces paramètres de génération ne peuvent pas être utilisés&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>Modifiez-les dans les Paramètres et réessayez.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>Le modèle {model} a été retiré le {when}. Choisissez un autre modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>Le modèle {model} sera retiré le {when}. Choisissez d&apos;ici là un modèle plus récent dans les Paramètres.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>Envoi à {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>Envoi à {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>Réception du portrait… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>Réception du portrait…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>En attente de {service}…</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the photo&apos;s colour profile could not be used; colours may look slightly different</source>
        <translation>le profil colorimétrique de la photo n&apos;a pas pu être utilisé&#xa0;; les couleurs peuvent paraître légèrement différentes</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>les parties transparentes de la photo ont été remplies de blanc</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>le fichier est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>Ouvrez-le dans une autre application pour le vérifier, ou choisissez une autre photo.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>Utilisez une copie plus petite de la photo (quelques milliers de pixels de large suffisent largement).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>les photos {format} ne peuvent pas être ouvertes sur cet ordinateur</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>Convertissez-la d&apos;abord en JPEG.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>l&apos;image est trop grande ({megapixels} mégapixels)&#xa0;; la limite est de {limit} mégapixels</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>l&apos;image est trop grande&#xa0;; la limite est de {limit} mégapixels</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>l&apos;image est trop grande ({width} × {height} pixels)&#xa0;; la limite est de {limit} mégapixels</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>l&apos;image est trop petite pour un portrait ({width} × {height} pixels)&#xa0;; il faut au moins {minimum} pixels sur son petit côté</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>Utilisez une photo plus grande, par exemple l&apos;original de votre téléphone ou appareil photo.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>GIF animé&#xa0;: la première image a été utilisée</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>le fichier TIFF a plusieurs pages&#xa0;: la première a été utilisée</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>le fichier HEIC contient plusieurs images&#xa0;: la première a été utilisée</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>le fichier contient plusieurs images&#xa0;: la première a été utilisée</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>image animée&#xa0;: la première image a été utilisée</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>il n&apos;y a pas assez de mémoire pour ouvrir cette image</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>la photo a été réduite à {width} × {height} pixels pour rester sous la limite de {limit} du fournisseur</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG, PNG, HEIC, WebP, TIFF, BMP ou GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>Utilisez une copie plus petite de la photo.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>l&apos;image utilise un format de couleur illisible</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>Enregistrez-la en JPEG ou PNG et réessayez.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>Choisissez une photo&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>Exportez-la ou enregistrez-la en photo JPEG ou PNG, puis réessayez.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>Choisissez une autre photo.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>ce n&apos;est pas une photo que Headshot Desktop peut lire</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>c&apos;est un document PDF, pas une photo</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>Exportez d&apos;abord la page en image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>c&apos;est une page web (HTML), pas une photo</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>Enregistrez l&apos;image elle-même depuis la page (clic droit dessus, puis Enregistrer l&apos;image sous) et utilisez ce fichier.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>c&apos;est un dessin SVG, pas une photo</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>c&apos;est un document XML, pas une photo</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>c&apos;est un fichier texte, pas une photo</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>c&apos;est une vidéo, pas une photo</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>Prenez une image fixe de la vidéo, ou choisissez une photo.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>c&apos;est une archive compressée, pas une photo</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>Décompressez-la d&apos;abord, puis choisissez la photo qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>les fichiers {format} ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>RAW d&apos;appareil photo</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>Icône (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>Exportez une copie plus petite de la photo (un JPEG suffit largement) et réessayez.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>Vérifiez les autorisations du fichier, ou copiez-le dans l&apos;un de vos dossiers et choisissez la copie.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>c&apos;est un dossier, pas une photo</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>Ouvrez le dossier et choisissez-y une photo.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>l&apos;image est trop grande ({size})&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>le fichier est trop gros ({size})&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>Choisissez un fichier photo.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>le fichier est illisible (autorisation refusée)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>le fichier est illisible ({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} est un lien (vers {target}), pas un dossier. Headshot Desktop ne suit pas les liens qui sortent de sa bibliothèque&#xa0;: il laisse donc cette bibliothèque intacte.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>Remplacez le lien par un vrai dossier (déplacez-y les photos), ou choisissez un autre dossier de bibliothèque dans les Paramètres.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} n&apos;est pas quatre nombres x,y,l,h (fractions de la largeur et de la hauteur, p. ex. 0,0.1,1,0.7).</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} n&apos;est pas quatre nombres x,y,l,h&#xa0;: chacun doit être un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} contient une valeur qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}&#xa0;: x et y indiquent où commence le recadrage, de 0 (gauche, haut) à moins de 1.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}&#xa0;: la largeur et la hauteur doivent être supérieures à 0 et au plus 1 (l&apos;image entière).</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} dépasse le bord de l&apos;image&#xa0;: x + l et y + h doivent valoir au plus 1.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path} (un lien, ou pas un fichier&#xa0;: non copié)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path} (un lien, ou hors de la bibliothèque&#xa0;: non copié)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>produire le fichier exporté</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>{count} fichier(s) supprimé(s) dans l&apos;application retiré(s) de la corbeille du système.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>Ils y restent jusqu&apos;à ce que la corbeille soit vidée.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>{count} fichier(s) supprimé(s) dans l&apos;application se trouve(nt) encore dans la corbeille du système&#xa0;: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: supprimer toutes les données nécessite une confirmation explicite.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>Confirmez que tout doit être supprimé.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>le dossier de la bibliothèque {folder} est introuvable (son disque est-il connecté&#xa0;?), ses photos n&apos;ont donc pas été supprimées. Le paramètre qui indique son emplacement a été conservé&#xa0;: connectez le disque et relancez l&apos;opération.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>la bibliothèque dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>le paramètre du dossier de la bibliothèque ({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>L&apos;exportation</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what} ferait {size} en PNG, au-delà de sa limite de {limit}.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>Choisissez JPEG ou WebP&#xa0;: leur qualité est réduite jusqu&apos;à ce que le fichier tienne.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what} ne tient pas dans {limit}, même en qualité {quality}.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>Choisissez une taille plus petite, ou un préréglage sans limite de taille.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>Le modèle de nom de fichier utilise {field}, qui n&apos;est pas un champ connu.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Utilisez {fields}.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>Le modèle de nom de fichier {template} n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>Impossible d&apos;exporter en {format}.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Choisissez PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>La qualité {quality} est hors limites.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>Utilisez un nombre de 1 à 100.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>Impossible d&apos;exporter {name}&#xa0;: le fichier est endommagé ou n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{name} pour {preset}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>produire le portrait exporté</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>Le déplacement a été annulé&#xa0;; la bibliothèque reste où elle était.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>créer le dossier</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>Le dossier de la bibliothèque {folder} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>S&apos;il se trouve sur un disque déconnecté, connectez-le et utilisez Affichage ▸ Recharger la bibliothèque (F5).</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>créer le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>La bibliothèque {folder} est en cours de suppression par un autre Headshot Desktop.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>Attendez la fin de l&apos;opération, ou choisissez un autre dossier de bibliothèque.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>Impossible de {action}&#xa0;: le dossier de la bibliothèque {folder} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>S&apos;il se trouve sur un disque déconnecté, connectez-le et réessayez.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>L&apos;image renvoyée par {provider} est illisible&#xa0;: elle n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>L&apos;image renvoyée par le fournisseur est illisible&#xa0;: elle n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>Essayez de la générer à nouveau.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>L&apos;index de bibliothèque {path} a été écrit par une version plus récente de Headshot Desktop.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>Mettez l&apos;application à jour pour ouvrir cette bibliothèque.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>Cette photo originale (numéro {number}) n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>Ce portrait (numéro {number}) n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>garder le portrait payé dans le dossier de récupération</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>lire le dossier de récupération</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>Impossible de retirer {path} ({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>Choisissez un dossier vide, ou un nouveau dossier.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} se trouve dans le dossier de la bibliothèque {source}&#xa0;: la bibliothèque ne peut donc pas y être déplacée.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>Choisissez un dossier en dehors.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} contient le dossier de la bibliothèque {source}&#xa0;: la bibliothèque ne peut donc pas y être déplacée.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>Le dossier de la bibliothèque {source} est introuvable&#xa0;: il n&apos;y a donc rien à déplacer.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>S&apos;il se trouve sur un disque non connecté, connectez-le et réessayez.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} contient déjà sa propre bibliothèque avec {photos} photos et {batches} lot(s) d&apos;équipe.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} contient déjà sa propre bibliothèque avec {photos} photos.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} contient déjà sa propre bibliothèque avec {batches} lot(s) d&apos;équipe.</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>Choisissez un dossier vide vers lequel déplacer votre bibliothèque, ou utilisez cette bibliothèque telle quelle.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} n&apos;est pas vide ({names}) et n&apos;est pas une bibliothèque Headshot Desktop.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre pour la bibliothèque dans {target}&#xa0;: il faut {needed}, et {free} est libre.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>Libérez de l&apos;espace sur ce disque, ou choisissez un dossier sur un autre disque.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>La bibliothèque {folder} est ouverte dans une autre fenêtre ou commande Headshot Desktop.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>Fermez-la, ou attendez la fin de la commande, et réessayez. Rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>verrouiller la bibliothèque</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>remplacer l&apos;index de la bibliothèque vide</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>{target} est apparu pendant le déplacement de la bibliothèque, et diffère de {source}.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>Rien n&apos;a été retiré de l&apos;ancienne bibliothèque. Choisissez un dossier vide et réessayez.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>copier la bibliothèque</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>La copie de {name} dans {folder} diffère de l&apos;original.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>Le disque est peut-être défaillant. Rien n&apos;a été retiré de l&apos;ancienne bibliothèque.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>{originals} photo(s) originale(s) et {headshots} portrait(s) supprimé(s).</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>Index de la bibliothèque, {thumbnails} aperçu(s), {logs} fichier(s) journal et {others} fichier(s) de paramètres et d&apos;état supprimés.</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>{batches} lot(s) d&apos;équipe supprimé(s)&#xa0;: qui figurait dans chacun et où se trouvaient leurs photos.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>Clé API de {providers} retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>Impossible de vérifier les clés API stockées&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>Aucune clé API n&apos;était stockée pour {providers}.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>Auparavant, {count} fichier(s) sont allés dans la corbeille du système (via Supprimer ou le paramètre de conservation)&#xa0;: {names}. Si la corbeille n&apos;a pas été vidée depuis, ils y sont encore&#xa0;: videz la corbeille pour les supprimer.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>Ces fichiers n&apos;appartiennent pas à l&apos;application et ont été laissés en place&#xa0;: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Non supprimé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>La bibliothèque {folder} est ouverte dans Headshot Desktop (une fenêtre, ou une commande encore en cours).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>Fermez toutes les fenêtres Headshot Desktop, attendez la fin des commandes en cours, et réessayez. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder} (non retiré&#xa0;: ce n&apos;est pas un dossier propre à l&apos;application)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>Impossible de supprimer l&apos;ancien fichier journal {path} ({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>Vérifiez que vous avez le droit de modifier des fichiers dans {folder}.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>Le nom du fichier ou le chemin du dossier est trop long&#xa0;; choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>Impossible de {action}&#xa0;: le disque est plein ({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>Impossible de {action} ({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>Choisissez un autre nom, ou autorisez son remplacement (en ligne de commande&#xa0;: --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>Le dossier de la bibliothèque {folder} est introuvable.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>S&apos;il se trouve sur un disque non connecté, connectez-le et réessayez&#xa0;; sinon, choisissez un autre dossier de bibliothèque dans les Paramètres.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>Il y a un dossier à l&apos;emplacement du fichier d&apos;index de la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>Sortez ce dossier du dossier de la bibliothèque&#xa0;; l&apos;index sera alors reconstruit à partir de vos photos.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>Le disque qui contient la bibliothèque est plein ({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>La bibliothèque {folder} est en lecture seule.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>Vous pouvez la consulter et en exporter&#xa0;; pour y ajouter, choisissez un dossier modifiable.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>L&apos;index de bibliothèque {path} est occupé.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>Un autre programme l&apos;utilise peut-être&#xa0;; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>Le disque a signalé une erreur lors de la lecture ou de l&apos;écriture de l&apos;index de la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Vérifiez que le disque est toujours connecté et fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir l&apos;index de bibliothèque {path}.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>Impossible d&apos;utiliser l&apos;index de bibliothèque {path} ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>Réessayez&#xa0;; si l&apos;échec persiste, déplacez le fichier d&apos;index ailleurs&#xa0;: il sera reconstruit à partir de vos photos.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>La bibliothèque {folder} est occupée.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>Une autre fenêtre Headshot Desktop y enregistre peut-être&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>Le fichier de verrou de la bibliothèque {path} est un lien. Headshot Desktop ne suit pas les liens qui sortent de sa bibliothèque.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>Supprimez ce lien (il ne contient rien de vos données) et réessayez.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>Il y a un dossier à l&apos;emplacement du fichier de verrou de la bibliothèque ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>Sortez ce dossier du dossier de la bibliothèque et réessayez.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>gérer le fichier de verrou de la bibliothèque</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>La bibliothèque {folder} est en lecture seule&#xa0;: Headshot Desktop ne peut donc pas y {action}.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>Vous pouvez la consulter et en exporter&#xa0;; pour y ajouter, copiez-la dans un dossier modifiable et choisissez celui-ci dans les Paramètres.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La bibliothèque est fermée.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>stocker la photo {name}</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>sauvegarder la photo {name}</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>sauvegarder le portrait</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>le marquer Conserver</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>le supprimer</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>Impossible d&apos;afficher un aperçu de {name}&#xa0;: le fichier est endommagé ou n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>Impossible d&apos;enregistrer un aperçu dans {folder}.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>Il a déjà été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>Impossible de supprimer {path}.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>Vérifiez que vous avez le droit de modifier des fichiers dans le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>Impossible de mettre {path} à la corbeille.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>Vérifiez que vous avez le droit de modifier des fichiers dans le dossier de la bibliothèque. Vous pouvez aussi le supprimer définitivement à la place.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>{path} dans la corbeille du système ({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>Lunettes</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>Cheveux gris ou grisonnants</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>Barbe ou barbe naissante</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>Taches de rousseur et grains de beauté</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>Dents naturelles</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>Texture de la peau (sans lissage)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Âge apparent</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Teint</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>Coiffure</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>aucun trait nommé {features} à conserver (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>ce qu&apos;il faut conserver, avec vos mots, ne doit pas dépasser {limit} caractères</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>Aucune clé API OpenAI n&apos;est définie.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>{model} d&apos;OpenAI accepte au plus {count} photos de référence.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI ne peut pas envoyer d&apos;images en {format}.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>Choisissez png, jpeg ou webp.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>aucune image dans la réponse</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>JSON mal formé dans le flux</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>un événement de flux qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{count} aperçus pour {expected} image(s)</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>un aperçu</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>le flux s&apos;est arrêté avant la fin de l&apos;image</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>Seules {count} images sur {expected} sont arrivées avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit avec un serveur personnalisé, vérifiez qu&apos;il est compatible OpenAI.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>Votre organisation {service} doit être vérifiée avant de pouvoir utiliser le modèle {model}.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>Votre organisation {service} doit être vérifiée avant de pouvoir utiliser ce modèle.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>Vérifiez votre organisation dans les paramètres du fournisseur ({address}, «&#xa0;Verify Organization&#xa0;»)&#xa0;; l&apos;accès peut mettre jusqu&apos;à 15 minutes à arriver. Ou choisissez un autre modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>Vérifiez que votre clé et votre organisation peuvent utiliser ce modèle.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} a mis trop de temps à prendre en charge la requête.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>Vérifiez le modèle, la taille et la qualité dans les Paramètres, ou essayez une autre photo.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} s&apos;est arrêté pendant la création de l&apos;image.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} a donné une réponse inattendue (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>Vérifiez que le projet de la clé peut utiliser les modèles d&apos;image GPT, ou saisissez un nom de modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI agit en tant que sous-traitant pour les requêtes API&#xa0;: par défaut, il ne s&apos;en sert pas pour l&apos;entraînement, et conserve les entrées et sorties jusqu&apos;à 30 jours pour la détection des abus, selon sa propre politique.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>Le format dans lequel OpenAI envoie le portrait.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>Élevée conserve davantage vos traits&#xa0;; cela coûte quelques jetons d&apos;entrée de plus.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>Désactivez pour les serveurs compatibles OpenAI qui ne gèrent pas le streaming.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>Région du serveur</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>Préserver fidèlement le visage</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>Afficher des aperçus pendant le travail</translation>
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
        <translation>Page d&apos;équipe</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>Portrait 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>Tirage 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>Casting 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Taille d&apos;origine</translation>
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
        <translation>sa valeur {key} {value} n&apos;est pas un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>une entrée n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>l&apos;id {id} n&apos;est pas composé de lettres minuscules, de chiffres et de tirets</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>le préréglage {id} n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>la taille de {id} n&apos;est pas [largeur, hauteur] de {low} à {high}</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>le format de {id} n&apos;est pas png, jpeg ou webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>round_preview de {id} ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>il n&apos;a pas de liste &quot;presets&quot;</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}&#xa0;: le préréglage {preset} porte l&apos;id d&apos;un préréglage intégré et a été ignoré.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>Il n&apos;existe aucune taille d&apos;exportation nommée {preset}.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>Choisissez {presets}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} nécessite {width} × {height} pixels&#xa0;; ce portrait en a {has_width} × {has_height}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} nécessite {width} × {height} pixels&#xa0;; ce portrait en a {has_width} × {has_height}, et la partie cadrée {framed_width} × {framed_height}.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>Recréez-le en haute définition à une taille plus grande, ou agrandissez-le quand même&#xa0;: un simple agrandissement (Lanczos) paraît plus flou et n&apos;ajoute aucun détail.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>inconnu ({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>environ {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>Impossible d&apos;écrire le journal des dépenses {path}.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>aucun prix connu pour {model}</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>aucun prix par image connu pour {model}</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>Serveur compatible {title} à {host}</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} pointe vers {host}, pas vers le service de {title} lui-même&#xa0;: ce que ce serveur conserve dépend de la personne qui l&apos;exploite. Pour ce qu&apos;il transmet à {title}&#xa0;: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit avec une adresse de serveur personnalisée, vérifiez {variable}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>Saisissez votre clé dans les Paramètres, ou définissez {variable}.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>Vérifiez l&apos;adresse du serveur ({variable}), ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} n&apos;a pas accepté la clé API.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>Vérifiez la clé, ou créez-en une nouvelle sur {address}, et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} ne propose pas ce qui a été demandé.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>Choisissez un autre modèle dans les Paramètres, ou vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} a rencontré un problème de son côté (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>C&apos;est généralement temporaire&#xa0;: réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} n&apos;a pas pu exécuter la requête.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>Réessayez, ou choisissez un autre style.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>La clé fonctionne&#xa0;: {service} l&apos;a acceptée.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>Vérifiez l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>une réponse qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} limite la fréquence des requêtes.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>Patientez une minute et réessayez, ou demandez moins de variantes à la fois.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>La clé fonctionne&#xa0;: {service} lui propose {count} modèle(s) d&apos;image.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} ne propose aucun modèle d&apos;image à cette clé.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>la réponse a été tronquée</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON mal formé</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} ou l&apos;adresse du serveur dans les Paramètres</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>L&apos;adresse de serveur {address} n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>L&apos;adresse de serveur {address} doit commencer par https://.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>Vérifiez {where}.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>L&apos;adresse de serveur {address} utilise le http:// simple, qui enverrait votre clé et votre photo sans chiffrement.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>Utilisez https://. Le http:// simple n&apos;est autorisé que pour un serveur sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} pointe vers {path}, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>Corrigez ou retirez {variable} et relancez l&apos;application.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>Impossible de lire les certificats de {path}.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>Il crée peut-être encore l&apos;image, et peut encore la facturer&#xa0;: consultez votre page d&apos;utilisation avant de réessayer.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit avec une adresse de serveur personnalisée, vérifiez qu&apos;il s&apos;agit du bon serveur.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>l&apos;adresse du serveur dans les Paramètres</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} Message&#xa0;: «&#xa0;{message}&#xa0;»</translation>
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
        <translation>La connexion à {service} a été coupée pendant la réception de la réponse.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>La génération d&apos;images peut prendre quelques minutes&#xa0;; réessayez, éventuellement avec moins de variantes.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>La connexion sécurisée à {host} n&apos;a pas pu être vérifiée (problème de certificat TLS).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>Si votre réseau utilise sa propre autorité de certification, définissez SSL_CERT_FILE sur son fichier de certificat (PEM) et relancez l&apos;application.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>un corps qui ne peut pas être décodé</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>Vérifiez votre connexion Internet (ou votre proxy) et réessayez.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Impossible de se connecter à {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Vérifiez votre connexion Internet (et les paramètres du proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>L&apos;adresse du serveur de {service} ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>La connexion à {service} a été interrompue.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} a envoyé une réponse illisible ({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>Il a peut-être quand même créé (et facturé) les images&#xa0;: consultez votre page d&apos;utilisation avant de réessayer.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} a mis trop de temps à répondre (plus de {seconds:.0f} secondes)&#xa0;: la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>{service} n&apos;a pas répondu à temps après l&apos;envoi de votre photo.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>Il crée peut-être encore les images, et les a peut-être déjà facturées&#xa0;: consultez votre page d&apos;utilisation avant de réessayer.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>une réponse de {size:.0f} MB, plus que ce que prennent des images ({limit} MB)</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>{what} sans données d&apos;image</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>{what} avec un base64 endommagé</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>des données qui ne sont pas une image</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>Choisissez moins de photos de référence.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>Votre compte {service} n&apos;a plus de crédit.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>Ajoutez du crédit ou relevez la limite de dépenses ({address}), puis réessayez.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>Le système de sécurité de {service} a refusé cette photo ou le prompt du style.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>Essayez une autre photo (bien éclairée, vous seul dans le cadre) ou un autre style. Réessayer la même photo et le même style sera de nouveau refusé.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>une ligne de plus de {size} MB</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>un événement de plus de {size} MB</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>Il n&apos;existe aucun fournisseur d&apos;images nommé {name}.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>Fournisseurs connus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>Le fournisseur {title} est réservé aux développeurs.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>Définissez {variable}=1 pour l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>une génération accepte au plus {count} photos de référence</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} n&apos;accepte pas de photos de référence</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} accepte au plus {count} photos de référence</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>le nombre de variantes doit être de 1 à {count}</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} propose les niveaux de détail {levels}, pas {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} crée les formes {shapes}, pas {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} n&apos;a pas d&apos;option {option} (ses options&#xa0;: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} n&apos;a pas d&apos;option {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>l&apos;option {option} de {provider} accepte {choices}, pas {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>Le niveau de détail {detail} est inconnu.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>Générez à nouveau à partir du selfie.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>Indiquez ce qu&apos;il faut changer, par exemple «&#xa0;cravate bleu marine au lieu de rouge&#xa0;» ou «&#xa0;moins de sourire&#xa0;».</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>L&apos;instruction dépasse {count} caractères&#xa0;: limitez-vous à un seul changement.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>Le portrait {name} n&apos;est plus dans la bibliothèque&#xa0;: il ne peut donc pas être affiné.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>Choisissez un autre portrait.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>Le selfie à partir duquel {name} a été créé n&apos;est plus dans la bibliothèque&#xa0;: l&apos;application ne peut donc pas préserver la ressemblance avec lui.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>Le selfie à partir duquel {name} a été créé n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>Préparation de vos photos…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>Préparation de votre photo…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>Le portrait {name} n&apos;est plus dans la bibliothèque&#xa0;: il a été mis à la corbeille ou supprimé.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>Choisissez un autre portrait à affiner.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} n&apos;accepte pas d&apos;autres photos&#xa0;: l&apos;affinage s&apos;est donc basé sur le portrait seul, pas sur votre selfie.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>Cette génération est impossible&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>{saved} portraits sur {total} ont été enregistrés dans la bibliothèque.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>Une variante a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>Impossible d&apos;enregistrer les dépenses de cette génération&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>L&apos;image {number} est arrivée endommagée&#xa0;: elle n&apos;a donc pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer l&apos;image {number}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>Impossible d&apos;enregistrer l&apos;image {number}&#xa0;: {error} La conserver dans le dossier de récupération a également échoué&#xa0;: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image {number} dans la bibliothèque ({error}) Elle a été conservée dans {folder}&#xa0;; dès que la bibliothèque pourra la recevoir, utilisez `headshot-desktop library recover` ou Portraits ▸ Récupérer les portraits conservés dans la fenêtre.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>La photo {name} n&apos;est plus dans la bibliothèque&#xa0;: elle a été mise à la corbeille ou supprimée.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>Rouvrez-la (ou choisissez une autre photo), puis générez.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>Gris corporate</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>Le portrait classique de site d&apos;entreprise&#xa0;: costume sombre, fond gris uni, lumière de studio douce.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>Costume bleu marine</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>Un costume bleu marine impeccable et une chemise claire sur fond pâle&#xa0;: assuré et formel.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>Business casual</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>Un blazer sans cravate, fond neutre chaleureux&#xa0;: professionnel mais détendu.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>Tenue smart casual dans un bureau moderne et lumineux, doucement flou derrière vous.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>Studio créatif</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>Un haut noir sur un fond de couleur profonde, avec une lumière de studio sculptée.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>Extérieur, lumière naturelle</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>À l&apos;ombre en extérieur, avec un doux bokeh vert&#xa0;: sympathique et accessible.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>Un blazer devant des étagères de livres légèrement floues, pour les pages de faculté et les biographies de conférence.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>Une blouse blanche dans une clinique claire et propre&#xa0;: pour cabinets, hôpitaux et profils de santé.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>Un costume sombre dans un bureau lambrissé&#xa0;: sérieux et digne de confiance.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Immobilier</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>Lumineux, chaleureux et accueillant, avec un intérieur moderne et clair derrière vous.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>Portrait d&apos;acteur</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>Le portrait de casting&#xa0;: fidèle à la réalité, haut uni, fond neutre, stylisme minimal.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>Noir et blanc classique</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>Un portrait monochrome intemporel sur fond sombre.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>Un costume sombre dans un bureau vitré qui surplombe la ville.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>Conférencier</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>Tenue soignée avec des lumières de scène chaudes floues derrière vous&#xa0;: pour les biographies de conférenciers.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Retouché</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>Ce style ne peut pas être enregistré&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>pas de liste &quot;styles&quot;</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>une entrée n&apos;est pas un style</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>son &quot;styles&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>Il n&apos;existe aucun style nommé {style}.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>Listez les styles pour voir leurs noms.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>Le style intégré {style} ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>Ajoutez plutôt un style personnel.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>Vous n&apos;avez aucun style nommé {style}.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>Impossible d&apos;enregistrer vos styles dans {path}.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>son imbrication est trop profonde</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>ce n&apos;est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} est endommagé ({reason}) et a été ignoré&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} était endommagé ({reason})&#xa0;; il a été mis de côté sous le nom {name} et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>Impossible de lire {path} ({error})&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>il dépasse {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>il ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} n&apos;est pas installé</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} n&apos;a pas pu démarrer ({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} n&apos;a trouvé aucun programme pour l&apos;afficher (il s&apos;est terminé avec le code {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>Impossible d&apos;afficher le dossier {folder}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>Ouvrez vous-même ce dossier dans votre gestionnaire de fichiers. Sous Linux, il faut pour l&apos;afficher un gestionnaire de fichiers et xdg-open (le paquet xdg-utils).</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>depuis la variable d&apos;environnement {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>depuis la variable d&apos;environnement</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>pour cette session seulement (oubliée à la fermeture de l&apos;application)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>un caractère non ASCII</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>La clé API contient {what}, qu&apos;aucun serveur n&apos;accepte&#xa0;: un caractère qui ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>Copiez à nouveau la clé depuis la page de votre fournisseur, sur une seule ligne, et collez-la.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Le trousseau du système est verrouillé.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>Déverrouillez-le (reconnectez-vous à votre session) ou gardez la clé pour cette session seulement.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour stocker la clé API.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>Installez ou démarrez un service de trousseau (GNOME Keyring, KWallet, KeePassXC), ou gardez la clé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>Vérifiez que vous avez le droit de lire ce fichier.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>Chaque ligne est&#xa0;: name,photo[,reference…]&#xa0;; les chemins peuvent être relatifs au dossier du fichier CSV.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>La liste de personnes {name} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>La liste de personnes {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>Impossible de lire la liste de personnes {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>La liste de personnes {name} ne peut pas être utilisée&#xa0;: elle est trop volumineuse (plus de 4 MB).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>Impossible de lire le dossier {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>Vérifiez que vous avez le droit de lire ce dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>Le dossier {folder} ne contient aucune photo.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>Placez-y directement les photos de l&apos;équipe (JPEG, PNG, HEIC, WebP…).</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>La photo {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>La liste de personnes {name} ne nomme personne.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>La liste de personnes {name} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>Enregistrez-la au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>La liste de personnes {name} ne peut pas être lue comme CSV&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}&#xa0;: le nom manque.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}&#xa0;: {name} n&apos;a pas de photo.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}&#xa0;: {name} a {count} photos de référence&#xa0;; une génération en accepte au plus {most}.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>Gardez les plus nettes.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}&#xa0;: {cell} est un dossier, pas une photo.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}&#xa0;: la photo {cell} n&apos;existe pas (cherchée à {path}).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>Laissez-le se terminer là-bas, ou arrêtez-le là-bas, puis poursuivez-le ici.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>Ce lot est en cours dans une autre fenêtre ou commande&#xa0;: {batch} (son verrou {path} est détenu). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>Impossible de verrouiller le lot d&apos;équipe {path} (avec {lock} à côté)&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>Vérifiez que le dossier de la bibliothèque existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>Le lot s&apos;est arrêté avant de dépasser son plafond de dépenses de {cap}&#xa0;: {spent} dépensés.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>Le lot s&apos;est arrêté avant de dépasser son plafond de dépenses de {cap}&#xa0;: {spent} dépensés (la personne suivante coûte environ {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>La photo {photo} n&apos;est plus là&#xa0;: elle a été déplacée ou supprimée après son ajout. Remettez-la, puis réessayez les personnes en échec.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>Une erreur s&apos;est produite lors de la création de ces portraits ({error}). Le journal contient les détails.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>Le lot s&apos;est arrêté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>Le lot a été annulé&#xa0;; il reste {left} à faire quand il reprendra.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} Il reste {left} à faire&#xa0;; relevez le plafond pour continuer.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>La taille d&apos;exportation {preset} du kit est inconnue ici.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>Choisissez une autre taille d&apos;exportation dans le kit, ou ajoutez-la sous Tailles d&apos;exportation.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>Le format de fichier {format} du kit est inconnu.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Choisissez PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>{failed} portraits sur {total} n&apos;ont pas pu être exportés&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>Les {count} autres sont dans {folder}.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>Ouvrez un kit créé avec «&#xa0;Enregistrer le kit d&apos;équipe&#xa0;» ou `headshot-desktop kit new`.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>le kit d&apos;équipe</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>Impossible d&apos;ouvrir le kit d&apos;équipe {name}&#xa0;: c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>Le kit d&apos;équipe {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>Impossible de lire le kit d&apos;équipe {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>Le kit d&apos;équipe {name} ne peut pas être utilisé&#xa0;: il est bien trop volumineux pour être un kit d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>Le kit d&apos;équipe {source} ne peut pas être créé</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>Il n&apos;existe ici aucun style nommé {style}&#xa0;; le kit en a besoin, ou d&apos;un prompt.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>Il n&apos;existe ici aucune taille d&apos;exportation nommée {preset} (il y a {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>Il n&apos;existe aucun fournisseur d&apos;images nommé {provider} (fournisseurs connus&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>Le kit d&apos;équipe {name} ne peut pas être utilisé&#xa0;: ce n&apos;est pas du texte JSON (il est peut-être endommagé).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>Impossible d&apos;enregistrer le kit d&apos;équipe {name} dans {folder}&#xa0;: un fichier gêne.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>Le kit d&apos;équipe {name} existe déjà dans {folder}&#xa0;; il a été conservé tel quel.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>Choisissez un autre nom, ou remplacez-le.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>Impossible d&apos;enregistrer le kit d&apos;équipe {name} dans {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>Le kit d&apos;équipe {source} ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>Corrigez le champ, ou recréez le kit.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; doit être un groupe de champs ({{…}}), pas {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; peut compter au plus {limit} caractères, pas {length}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; doit être l&apos;un de {choices}, pas {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; doit être un nombre entier de {low} à {high}, pas {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; doit être de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; doit valoir true ou false, pas {kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>le texte {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>un groupe de champs</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}&#xa0;: ce n&apos;est pas un kit d&apos;équipe Headshot Desktop.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; doit être un nombre entier à partir de 1, pas {kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>Le kit d&apos;équipe {source} a été créé par une version plus récente de Headshot Desktop (version du kit {version}&#xa0;; cette version lit {supported}).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; est vide</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Donnez un nom au kit, p. ex. celui de l&apos;équipe.</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; est vide</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>Nommez un fournisseur d&apos;images&#xa0;: `headshot-desktop providers` liste leurs ids.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>il n&apos;a ni &quot;style&quot; ni &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>Donnez-lui un id de style ou son propre prompt.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; doit être une liste de noms de traits, pas {kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; nomme {names}, qui n&apos;est pas un trait à conserver</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>Utilisez {features}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; doit être un groupe de noms d&apos;options et de valeurs texte, pas {kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; est vide</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>Nommez une taille d&apos;exportation, p. ex. linkedin.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; doit être &quot;&quot;, {formats}, pas {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; doit être null ou quatre nombres [x, y, w, h], pas {kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; n&apos;est pas un cadrage ({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Utilisez {fields}.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; est vide</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} n&apos;est pas valide ({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; utilise {field}, qui n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>Relancez le lot à partir de son kit&#xa0;; les portraits qu&apos;il a créés sont toujours dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>Le lot d&apos;équipe {name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>Le lot d&apos;équipe {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>Impossible de lire le lot d&apos;équipe {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>Le lot d&apos;équipe {name} ne peut pas être utilisé&#xa0;: il est trop volumineux pour être un lot.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>Listez les lots avec `headshot-desktop batch --list`.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>le kit du lot {batch}</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} n&apos;est pas un lot d&apos;équipe Headshot Desktop.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} n&apos;a pas de numéro de version valide&#xa0;: il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} a été écrit par un Headshot Desktop plus récent (format de lot {version}&#xa0;; celui-ci lit jusqu&apos;à {supported}).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>Mettez Headshot Desktop à jour pour poursuivre ce lot.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>il ne liste personne</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>personne {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>deux personnes ont la même clé</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>son {field} manque</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>son batch_id est vide</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>son kit manque</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>son {field} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} est endommagé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>Arrêtez d&apos;abord le lot pour retirer des personnes&#xa0;: il est en cours.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>Appuyez sur Arrêter, puis retirez-les.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>Impossible d&apos;enregistrer le lot d&apos;équipe dans {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>Vérifiez que le dossier de la bibliothèque existe et dispose d&apos;espace libre.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>L&apos;emplacement des lots d&apos;équipe {place} est un lien vers un endroit hors de la bibliothèque&#xa0;: le lot n&apos;y a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>Remplacez le lien par un vrai dossier nommé {folder} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>Le lot d&apos;équipe {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} est endommagé&#xa0;: ce n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>{made} portraits sur {variants} créés&#xa0;; la limite de débit du fournisseur a retenu le reste, qui sera créé au prochain tour de cette personne.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>Aucun portrait n&apos;a pu être conservé.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} n&apos;a pas de {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} a l&apos;état inconnu {status}</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} a des références qui ne sont pas une liste de chemins</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} a des ids de portraits qui ne sont pas une liste de nombres</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} a des variantes manquantes qui ne sont pas une liste de petits nombres</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} a une heure de début qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} a un {field} qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} a un coût qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>Le lot n&apos;a pas été démarré&#xa0;: il a un plafond de dépenses de {cap}, mais les prix du fournisseur pour ce kit sont inconnus, le plafond ne pourrait donc pas être respecté. Retirez le plafond pour créer le lot quand même, ou choisissez un modèle dont les prix sont connus.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} terminé(s)</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} refusé(s)</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>Le lot est terminé&#xa0;: {counts}&#xa0;; {spent} dépensés.</translation>
    </message>
</context>
</TS>
