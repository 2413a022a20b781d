<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>O Headshot Desktop é software livre sob a licença MIT. Ele usa Qt e PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif e libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) e FFmpeg (LGPLv2.1+) por meio do QtMultimedia.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>&amp;Abrir foto…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>Co&amp;lar foto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>Tirar foto com a &amp;câmera…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Exportar selecionados…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>Mover selecionados para a li&amp;xeira</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>&amp;Cancelar todas as execuções</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>&amp;Recuperar retratos mantidos…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>&amp;Novo estilo…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>&amp;Editar estilo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>&amp;Exportar todos os meus dados…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>E&amp;xcluir todos os meus dados…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recarregar biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Sobre o {app}</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>Mostrar Criar</translation>
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
        <translation>Mostrar Equipe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>&amp;Retratos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>Retratos profissionais a partir de uma selfie. Suas fotos e retratos ficam neste computador, em uma pasta que você escolhe. Para criar um retrato, a foto vai somente para o provedor de imagens que você escolher: um serviço em nuvem, com sua própria chave, ou seu próprio servidor. Sem conta, sem telemetria.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Verificando o servidor…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Verificando a chave…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} Modelos: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>A verificação não terminou.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>Nenhuma câmera encontrada. Conecte uma webcam ou abra ou cole uma foto.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>Acesso à câmera negado. Permita que o Headshot Desktop use a câmera nas configurações de privacidade do sistema e abra esta janela novamente.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>Tire uma selfie</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando a câmera…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>Visor da câmera</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>Mensagem da câmera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capturar</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Tirar de novo</translation>
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
        <translation>&amp;Abrir uma foto…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>Co&amp;lar uma foto</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>A câmera parou: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>Capturada. Use esta foto ou tire outra.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>Comparar provedores</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>Crie &lt;b&gt;{style}&lt;/b&gt; a partir desta foto com cada provedor marcado, lado a lado: uma imagem de cada. Um provedor que recusar ou falhar informa o motivo; os outros continuam.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>seu modelo padrão</translation>
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
        <translation>Teclas: 1 controle deslizante, 2 lado a lado, F ou Espaço alternam entre antes e depois. Mais, menos ou a roda do mouse aplicam zoom, 0 redefine, arrastar ou Shift+setas movem a imagem. As setas para a esquerda e para a direita movem o divisor. A: clique nos dois olhos em cada foto para alinhá-las.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Seus retratos aparecem aqui.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>Comparação de antes e depois</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
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
        <translation>modelo padrão</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>Comparar provedores</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>Escolha uma foto e um estilo primeiro.</translation>
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
        <translation>Selecione um retrato em Resultados ou na Biblioteca para copiá-lo.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>“{name}” copiado para a área de transferência como {made_as}.</translation>
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
        <translation>Não foi possível ler o retrato.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>Não foi possível salvar o recorte.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>Ajustar o recorte</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>Este recorte vale só para este retrato: os demais mantêm o enquadramento do kit.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>&amp;Voltar ao enquadramento do kit</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>&amp;Voltar ao enquadramento padrão</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>O que o quadro contém</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sem prévia: não foi possível ler “{name}”.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>O quadro contém {width} × {height} dos {full_width} × {full_height} pixels do retrato.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>Arraste a imagem ou use as setas para mover o quadro (Shift move mais); a roda do mouse ou as teclas + e - aplicam zoom; Home volta ao enquadramento padrão. Arraste as linhas dos olhos e do queixo até onde você quer os olhos e o queixo, ou mova-as com Alt e as setas para cima e para baixo (a linha do queixo com Alt e Shift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>Enquadramento da imagem exportada</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>Olhos</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Queixo</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>Dados do {app}</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>Exportar todos os meus dados</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Arquivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>Salvando todos os seus dados em {name}…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>{originals}, {headshots} e metadata.json salvos em
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>Não foi possível salvar seus dados em {path}.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>Isso exclui todos os originais e retratos da biblioteca, os lotes da equipe, as miniaturas, os logs, as configurações e as chaves de API guardadas no chaveiro do sistema. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>Excluir todos os meus dados?</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>Procurando na lixeira do sistema o que você excluiu antes…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>Nada foi excluído: não foi possível ler a lixeira do sistema.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>Excluindo todos os seus dados…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

O {app} será fechado agora.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Seus dados foram excluídos</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nada foi excluído</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Nem tudo foi excluído</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>Não foi possível excluir todos os seus dados.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>Privacidade &amp; dados</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>Esvaziar estes da lixeira também?</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>Removê-los também da lixeira? Só estes arquivos saem; todo o resto na lixeira fica.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>Remover da lixeira</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>Manter na lixeira</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Não foi possível salvar as configurações.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>Área para soltar a foto</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>Solte uma selfie aqui ou pressione Enter para escolher um arquivo</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Solte uma selfie aqui&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ou clique para escolher um arquivo · Ctrl+V para colar&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP ou GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>Sua chave de API foi rejeitada</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Nenhuma chave de API ainda</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>Não permitido para esta chave</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Sem créditos</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Solicitações demais</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>Recusado pelo sistema de segurança</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>O provedor teve um problema</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>Nenhuma imagem foi criada</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>O chaveiro do sistema não está disponível</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Esta foto não pode ser usada</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>Uma configuração precisa de atenção</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
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
        <translation>{model} (mais recente disponível)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>Mais recente disponível</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>O padrão do provedor</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>Escolha uma foto e um estilo para ver o custo.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calculando o custo…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>Já existe um arquivo com este nome</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>“{name}” já está em {folder}.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>Substituir, manter os dois (o novo arquivo recebe um número, como “(2)”) ou ignorar?</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>Já existem arquivos com estes nomes</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>Substituir, manter os dois (os novos arquivos recebem um número, como “(2)”) ou ignorar?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Manter os dois</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorar</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>Não foi possível exportar todos os retratos.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>Exportar os retratos da equipe para</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>Exportando para {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>Nada foi exportado para {folder}: ninguém está pronto ainda.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>A exportação foi cancelada. Os arquivos gravados até agora estão completos.</translation>
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
        <translation>&amp;Tamanho e arquivo</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>Verificando a pasta…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>Não foi possível procurar os arquivos em {folder}.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>Não foi possível exportar os retratos.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Parando após o arquivo sendo gravado…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>“{name}”: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>O LinkedIn e a maioria dos sites mostram a foto de perfil em um círculo. Isso muda só a prévia: o arquivo continua quadrado, e o site faz o recorte.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>Grava uma declaração no arquivo: que um algoritmo treinado criou a imagem (o “digital source type” do IPTC). O LinkedIn e outros sites leem isso para mostrar que uma foto foi criada com IA, e o AI Act da UE exige esses rótulos a partir de agosto de 2026. Nada mais sobre você ou a foto é gravado: nem nome, local, data ou câmera.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Predefinição de tamanho</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>Prévia do recorte redondo dos sites de perfil</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>Marcar o arquivo como criado com IA</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modelo do nome do arquivo</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>Campos: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>Arquivos que serão gravados</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Pasta de exportação</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>Largura da foto na página da equipe</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>Altura da foto na página da equipe</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>O tamanho em que a página da sua equipe mostra a foto de cada pessoa: pergunte a quem cuida dela ou veja uma das fotos lá.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>Página da &amp;equipe:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualidade:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Pasta:</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>&amp;Redefinir enquadramento</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>Volta ao enquadramento padrão: centralizado na horizontal, com um pouco mais cortado embaixo.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>O que o quadro contém</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>Não foi possível ler o retrato.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sem prévia: não foi possível ler “{name}”.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>O quadro contém {width} × {height} dos {full_width} × {full_height} pixels do retrato (zoom {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>Sem prévia: não foi possível ler “{name}”.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Prévia da exportação</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>Nada mais a gravar.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>Grava “{name}”.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Exportando “{name}”…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>Exportando {number} de {total}…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>Não foi possível exportar “{name}” para {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>Não foi possível ler seus tamanhos de exportação personalizados.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>Exportar retrato</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nada foi exportado.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>Você parou a exportação antes do último.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Nada foi exportado: o arquivo já está em {folder}, e você escolheu ignorá-lo. Exporte novamente e escolha Substituir ou Manter os dois, ou escolha outra pasta ou nome de arquivo.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>Nada foi exportado: todos os arquivos já estão em {folder}, e você escolheu ignorá-los. Exporte novamente e escolha Substituir ou Manter os dois, ou escolha outra pasta ou nome de arquivo.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>A cópia foi interrompida.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>Clique no olho da esquerda e depois no da direita, na foto de antes ({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>Agora os mesmos dois olhos na foto de depois ({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>Os dois pontos de uma foto estão muito próximos: clique neles novamente</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>Alinhadas. Clique perto de um ponto para movê-lo; Delete os apaga; A conclui</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>O app não se destina a crianças menores de 13 anos.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Você pode ver todos os arquivos na pasta da biblioteca, exportar tudo como um zip ou excluir tudo (fotos, configurações, logs e as chaves guardadas) em &lt;i&gt;Privacidade &amp;amp; dados&lt;/i&gt; a qualquer momento.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>Você pode ver todos os arquivos na pasta da biblioteca, exportar tudo como um zip ou excluir tudo (fotos, configurações, logs e quaisquer chaves guardadas) em &lt;i&gt;Privacidade &amp;amp; dados&lt;/i&gt; a qualquer momento.</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>O app não faz detecção nem reconhecimento facial e não cria modelos faciais.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>O {app} não tem conta, análises nem telemetria. Seus originais e retratos ficam em uma pasta que você escolhe; o app não guarda cópias em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>Sua biblioteca fica neste computador</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>O que é enviado, e para quem</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>Sem biometria</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>Seus dados, seus direitos</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Boas-vindas ao {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>O que é enviado ao {provider} e o que ele guarda</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>Tenho 13 anos ou mais</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>Confirme que você tem 13 anos ou mais</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>O aviso (as setas o rolam)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>Antes de qualquer envio</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>&amp;Aceitar e usar {provider}</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>Nada sai deste computador até você ler isto e confirmar sua idade.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>Sua chave de API do {provider}</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>Você também pode pular esta etapa e inseri-la depois nas Configurações.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>Uma chave salva fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>Escolher {lowercase}</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>Executar novamente?</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>Esta mesma execução já está em andamento. Executar de novo e pagar de novo?</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>O cartão dela está na aba Resultados. Mude o estilo ou uma opção para fazer uma execução diferente.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>A mesma semente para todos mantém o visual consistente: a primeira variante de cada pessoa é feita com ela, a segunda com o número seguinte, e assim por diante.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>Diga o que deve mudar para todos: roupa, fundo, iluminação, enquadramento. O app acrescenta as instruções que mantêm cada rosto como é.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>Como cada retrato é feito</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Página da equipe Acme</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Nome do kit</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>Provedor de imagens</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>O modelo padrão do provedor</translation>
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
        <translation>Prompt personalizado</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>ex.: a cicatriz acima da sobrancelha esquerda</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>Traços a manter, em suas palavras</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>Variantes por pessoa</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nova semente</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>Sortear outra semente: um visual novo, o mesmo para todos.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
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
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Manter:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>Em suas palavras:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalhe:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider} (desconhecido aqui)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style} (não disponível aqui)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Opções próprias do {provider}, as mesmas para todos:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Dê um nome ao kit, por exemplo, o da equipe.</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>Escreva o prompt personalizado ou escolha um estilo.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>Digite uma semente (um número inteiro) ou clique em Nova semente.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>A semente deve ser um número inteiro de 0 a {largest}.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value} (não oferecido)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>Na fila…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>Progresso de {run}</translation>
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
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>Executar {run} novamente</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>A mesma foto, estilo, opções e provedor de novo: cobrado de novo.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>Remover o cartão de {run}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Limpar concluídas</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>Remover os cartões de todas as execuções concluídas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Execuções&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>Nenhuma execução ainda. Escolha uma foto e um estilo e clique em Gerar.</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ainda se parece com você?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>Traços a verificar neste retrato</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>Rosto e traços</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Tom de pele</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cabelo</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Idade aparente</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>suas observações</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>Marque o que deve permanecer como é em todos os retratos.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>Traços a manter…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>Mantendo: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>Traços a manter</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>Marque o que deve permanecer como é em todos os retratos. O app acrescenta isso às instruções de cada estilo; nada aqui analisa seu rosto.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>Mais alguma coisa, em suas palavras (ex.: “minha cicatriz acima da sobrancelha esquerda”)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>O que mais manter, em suas palavras</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>Manter: um favorito. Retratos mantidos e seus originais nunca são removidos pela configuração de retenção, e Excluir pede confirmação antes de removê-los.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>Manter: um favorito. Uma foto mantida nunca é removida pela configuração de retenção, e Mover para a lixeira pede confirmação antes de removê-la.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>Marcado como Manter</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>“{name}” está marcado como Manter.</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>Os itens mantidos são seus favoritos. Excluir mesmo assim?</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>Excluir, inclusive os mantidos</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>Os itens mantidos são seus favoritos. Mover para a lixeira mesmo assim?</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>Mover para a lixeira, inclusive os mantidos</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>Só os não mantidos</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>Manter só nesta sessão (não salvar)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Salvar chave</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>&amp;Remover chave guardada</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Testar chave</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>Pergunta ao provedor se a chave funciona. Uma chave digitada aqui é salva primeiro.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Status da chave</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Chave de API do {provider}</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>Obter uma chave do {provider}…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>Obter uma chave de API do {provider} (abre {url} no navegador)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} ou {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Ou defina {names} no ambiente: ela é lida, nunca guardada, e tem prioridade sobre uma chave salva.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>O {provider} não precisa de chave de API.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>Verificando onde a chave está guardada…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>Chave atual: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então a chave só pode ser mantida nesta sessão.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>Não foi possível abrir um navegador. Abra {url} no seu.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>O chaveiro do sistema não respondeu.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>Não foi possível ler onde a chave está guardada.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>Digite ou cole uma chave primeiro.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>Mantida nesta sessão.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Salvando a chave…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>Não foi possível salvar a chave.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>A chave guardada foi removida.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Nenhuma chave estava guardada.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Removendo a chave…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Não foi possível remover a chave.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>desconhecido: o chaveiro do sistema não respondeu</translation>
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
        <translation>Não foi possível ler seus estilos e tamanhos de exportação personalizados; os integrados estão disponíveis.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit da equipe</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>Novo kit da equipe</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>Lendo seus estilos e tamanhos de exportação…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>O que impede o uso do kit</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>Maria Silva</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>maria_silva</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>Frações da largura e da altura de cada retrato: 0.1,0.05,0.8,0.8 mantém os 80 % do meio na horizontal e corta um pouco do topo. Depois do lote, você ainda pode ajustar o recorte de uma pessoa.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>Use {name}, {date}, {time}, {style}, {n}, {original} ou {preset}.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>Como cada retrato é exportado</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Tamanho de exportação</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>Conforme o tamanho</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modelo do nome do arquivo</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>Exemplo de nome de arquivo</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>Marcar os arquivos como criados com IA</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Enquadramento</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>Enquadramento padrão de cada tamanho</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>O mesmo recorte em todos os retratos</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>Recorte de cada retrato, em frações x,y,w,h</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualidade:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome do arquivo:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>Enquadramento:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>Recorte:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset} (não disponível aqui)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>Digite um modelo de nome de arquivo, por exemplo, {name}.</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Por exemplo: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>adicionado manualmente</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>sem foto</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}, mantido, de {photo}, {time}</translation>
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
        <translation>★ Mantido: nunca removido pela configuração de retenção; Excluir pede confirmação.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>Não foi possível verificar a pasta {folder}.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>Mover sua biblioteca?</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>Usando a nova pasta como está, suas fotos permanecem em {old}.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>Cada foto é copiada e verificada antes que a antiga seja removida, então nenhuma se perde se a mudança for interrompida.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>&amp;Usar a nova pasta como está</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>Não foi possível mudar a pasta da biblioteca para {folder}.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>A biblioteca não pode ser movida enquanto retratos estão sendo criados: eles são salvos nela.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>Aguarde as execuções terminarem (ou cancele-as) e escolha a pasta novamente nas Configurações.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>Movendo sua biblioteca para {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>Movendo sua biblioteca</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>A biblioteca agora está em {folder}, mas não foi possível remover estes itens de {old}: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>São cópias ou arquivos seus; remova-os manualmente se não precisar mais deles.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>A mudança foi cancelada; sua biblioteca permanece em {old}.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>Não foi possível mover a biblioteca para {folder}; nada foi removido de {old}.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>Adicionado manualmente</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>Por estilo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
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
        <translation>Ordenar e agrupar</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Manter</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>Manter os retratos selecionados</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>Mover os retratos selecionados para a lixeira</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
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
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>&amp;Retratos</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>&amp;Originais</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>As fotos que você trouxe: veja, mantenha ou mova para a lixeira</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas as fotos</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>Todos os estilos</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>&amp;Retratos ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>&amp;Originais ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Biblioteca indisponível</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>Nem tudo o que foi escolhido pôde ser movido para a lixeira.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>{photos} e {headshots} movidos para a lixeira.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>Nada foi movido para a lixeira.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>Outra foto sua</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>Lendo a foto adicional e removendo seus metadados…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>Chave de API e biblioteca</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · Estilo&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>Abrir uma selfie</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>A área de transferência não contém imagem. Copie uma foto primeiro e depois cole.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>Lendo a foto e removendo seus metadados…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>Cria este retrato de novo no nível de detalhe mais alto que seu provedor oferece, no tamanho necessário quando ele consegue gerar um tão grande: uma solicitação paga, com o custo mostrado antes do envio.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>Exporta mesmo assim, ampliado: maior, mas não mais nítido.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>Ampliado: o arquivo terá {needed} pixels feitos a partir de {available}. Ele fica menos nítido que um retrato criado nesse tamanho, sobretudo impresso, e não ganha detalhes.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>Pixels insuficientes</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>Final em &amp;alto detalhe…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>Ampliar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}Crie de novo em alto detalhe ou amplie mesmo assim: uma ampliação simples fica menos nítida e não acrescenta detalhes.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}Amplie mesmo assim (uma ampliação simples fica menos nítida e não acrescenta detalhes) ou escolha um provedor que crie imagens maiores.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>Não foi possível desenhar a prévia.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>Veja o log para mais detalhes.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>Provedor de imagens</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Número de variantes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>Escolha uma foto e um estilo.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimativa de custo</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>&amp;Gerar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>Gerar retratos</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>Para onde sua foto vai</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>Traços a manter em todos os retratos</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>C&amp;omparar…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>Criar este estilo com vários provedores de uma vez, lado a lado</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Mais opções</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Variantes:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detalhe:</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · Opções&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>&amp;Mais opções ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>Nenhum retrato ainda</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>nenhum retrato ainda</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>Trazida em {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Arquivo: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ Mantida: nunca removida pela configuração de retenção</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Não foi possível ler o arquivo</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>Fotos originais</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;As fotos que você trouxe, sem os metadados. Os retratos são criados a partir delas.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Manter</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>Manter as fotos selecionadas</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Mover para a &amp;lixeira…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>Mover as fotos selecionadas para a lixeira; você escolhe se os retratos delas vão junto</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>Mostrar &amp;seus retratos</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Ainda em uso</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>Mover a foto “{name}” para a lixeira?</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>Nenhum retrato foi criado a partir dela. Você pode recuperá-la na lixeira do sistema.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>Nenhum retrato foi criado a partir delas. Você pode recuperá-las na lixeira do sistema.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>Foto e retratos</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>Fotos e retratos</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>Só a foto</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>Só as fotos</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>Listas de pessoas (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Adicionar pessoas pelas fotos</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>Adicionar todos de uma pasta</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Adicionar pessoas de uma lista</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>Não foi possível ler as pessoas em {file}.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>Não foi possível adicionar estas fotos.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>Nenhuma foto foi encontrada ali. Adicione fotos (JPEG, PNG, WebP, HEIC…) ou uma pasta com elas.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>Não foi possível adicionar estas pessoas ao lote.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>Pare o lote primeiro para remover pessoas.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>Só as pessoas ainda na fila podem ser removidas: as outras já foram processadas.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>Remover do lote?</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>Remover {names} do lote?</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>Não foi possível remover estas pessoas do lote.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: nenhum</translation>
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
        <translation>Pessoas no lote</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>Selecione uma pessoa para ver as variantes dela; pressione Enter e depois 1–4 para escolher a melhor.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>A&amp;justar recorte…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>Ajustar como o retrato desta pessoa é enquadrado</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>Não foi possível salvar a escolha de {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>foto da câmera</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagem colada</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>imagem arrastada</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>Foto escolhida; solte ou clique para substituí-la</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Status da foto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>Abrir um arquivo de foto</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Colar uma foto</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Câmera…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Tirar uma foto com a câmera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · Sua foto&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · metadados removidos. Solte outra foto para substituí-la.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>%n retrato copiado para a área de transferência como {made_as}.</numerusform>
            <numerusform>%n retratos copiados para a área de transferência como {made_as}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>Não foi possível copiar %n retrato.</numerusform>
            <numerusform>Não foi possível copiar os %n retratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>Não foi possível preparar %n retrato para arrastar.</numerusform>
            <numerusform>Não foi possível preparar os %n retratos para arrastar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>Preparando {number} de %n retrato para arrastar…</numerusform>
            <numerusform>Preparando {number} de %n retratos para arrastar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>Não foi possível arrastar %n retrato.</numerusform>
            <numerusform>Não foi possível arrastar os %n retratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originais</numerusform>
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
            <numerusform>%n foto ou retrato que você excluiu no {app} antes ainda está na lixeira do sistema.</numerusform>
            <numerusform>%n fotos e retratos que você excluiu no {app} antes ainda estão na lixeira do sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n dos arquivos já está em {folder}:</numerusform>
            <numerusform>%n dos arquivos já estão em {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>e mais %n (veja Mostrar detalhes).</numerusform>
            <numerusform>e mais %n (veja Mostrar detalhes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e mais %n</numerusform>
            <numerusform>{names} e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>Grava %n arquivo: {names}.</numerusform>
            <numerusform>Grava %n arquivos: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
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
            <numerusform>%n arquivo exportado para {folder}.</numerusform>
            <numerusform>%n arquivos exportados para {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>%n arquivo já existente ignorado: {names}.</numerusform>
            <numerusform>%n arquivos já existentes ignorados: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>Você parou a exportação antes de %n restante.</numerusform>
            <numerusform>Você parou a exportação antes dos outros %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>%n arquivo foi exportado antes disto: {names}. Exporte novamente para continuar com o restante.</numerusform>
            <numerusform>%n arquivos foram exportados antes disto: {names}. Exporte novamente para continuar com o restante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>Mantendo %n traço…</numerusform>
            <numerusform>Mantendo %n traços…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} ainda está em uso, então nada foi movido para a lixeira.</numerusform>
            <numerusform>{names} ainda estão em uso, então nada foi movido para a lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>Ela está aberta na página Criar ou uma execução ainda precisa dela. Abra outra foto ou espere a execução terminar e tente novamente.</numerusform>
            <numerusform>Elas estão abertas na página Criar ou uma execução ainda precisa delas. Abra outra foto ou espere a execução terminar e tente novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>%n retrato foi criado a partir dela. Movê-lo também para a lixeira ou mantê-lo na biblioteca sem a foto?</numerusform>
            <numerusform>%n retratos foram criados a partir dela. Movê-los também para a lixeira ou mantê-los na biblioteca sem a foto?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>%n retrato foi criado a partir delas. Movê-lo também para a lixeira ou mantê-lo na biblioteca sem a foto?</numerusform>
            <numerusform>%n retratos foram criados a partir delas. Movê-los também para a lixeira ou mantê-los na biblioteca sem a foto?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>Mover %n foto para a lixeira?</numerusform>
            <numerusform>Mover %n fotos para a lixeira?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>%n destes está marcado como Manter: {names}.</numerusform>
            <numerusform>%n destes estão marcados como Manter: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>Mover sua biblioteca (%n foto) para {folder}?</numerusform>
            <numerusform>Mover sua biblioteca (%n fotos) para {folder}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>Movendo sua biblioteca para {folder}…
{done} de %n arquivo copiado e verificado.</numerusform>
            <numerusform>Movendo sua biblioteca para {folder}…
{done} de %n arquivos copiados e verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>%n foto movida para {folder}.</numerusform>
            <numerusform>%n fotos movidas para {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>Não foi possível alterar %n marca Manter.</numerusform>
            <numerusform>Não foi possível alterar as %n marcas Manter.</numerusform>
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
            <numerusform>%n foto movida para a lixeira.</numerusform>
            <numerusform>%n fotos movidas para a lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>%n retrato movido para a lixeira.</numerusform>
            <numerusform>%n retratos movidos para a lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>%n foto adicional sua irá junto com esta, sem metadados.</numerusform>
            <numerusform>%n fotos adicionais suas irão junto com esta, sem metadados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>O índice da biblioteca foi reconstruído a partir dos seus arquivos; %n retrato recuperou estilo, prompt e custo.</numerusform>
            <numerusform>O índice da biblioteca foi reconstruído a partir dos seus arquivos; %n retratos recuperaram estilo, prompt e custo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n não pôde: {names}.</numerusform>
            <numerusform>%n não puderam: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>%n link na pasta da biblioteca não foi seguido.</numerusform>
            <numerusform>%n links na pasta da biblioteca não foram seguidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>Mais opções: %n opção que o {provider} tem</numerusform>
            <numerusform>Mais opções: as %n opções que o {provider} tem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>Custo: &lt;b&gt;grátis&lt;/b&gt;: %n imagem criada no seu servidor em {hosts}; nada é enviado a nenhum serviço em nuvem.</numerusform>
            <numerusform>Custo: &lt;b&gt;grátis&lt;/b&gt;: %n imagens criadas no seu servidor em {hosts}; nada é enviado a nenhum serviço em nuvem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>Custo: &lt;b&gt;grátis&lt;/b&gt;: %n imagem criada neste computador pelo {title}.</numerusform>
            <numerusform>Custo: &lt;b&gt;grátis&lt;/b&gt;: %n imagens criadas neste computador pelo {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>Custo estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagem, pago ao {title} com sua chave.</numerusform>
            <numerusform>Custo estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagens, pago ao {title} com sua chave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>Custo estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagem, pago ao {title}.</numerusform>
            <numerusform>Custo estimado: &lt;b&gt;{price}&lt;/b&gt; por %n imagens, pago ao {title}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>%n retrato pelo qual você pagou foi guardado em {folder}, porque a biblioteca não pôde recebê-lo na hora. Movê-lo para a biblioteca agora?</numerusform>
            <numerusform>%n retratos pelos quais você pagou foram guardados em {folder}, porque a biblioteca não pôde recebê-los na hora. Movê-los para a biblioteca agora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>%n retrato movido para a biblioteca.</numerusform>
            <numerusform>%n retratos movidos para a biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n de {total} pronto</numerusform>
            <numerusform>%n de {total} prontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>Concluído · %n retrato · {cost}</numerusform>
            <numerusform>Concluído · %n retratos · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>Concluído · %n retrato</numerusform>
            <numerusform>Concluído · %n retratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>%n retrato exportado para {folder}.</numerusform>
            <numerusform>%n retratos exportados para {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>falta cerca de %n min</numerusform>
            <numerusform>faltam cerca de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
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
            <numerusform>%n pessoa restante</numerusform>
            <numerusform>as %n pessoas restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;Mais fotos suas ajudam a manter a semelhança (opcional, até %n):&lt;/small&gt;</numerusform>
            <numerusform>&lt;small&gt;Mais fotos suas ajudam a manter a semelhança (opcional, até %n):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>Círculo do LinkedIn, %n pixel</numerusform>
            <numerusform>Círculo do LinkedIn, %n pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>%n pixel de largura</numerusform>
            <numerusform>%n pixels de largura</numerusform>
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
            <numerusform>%n pixel, como ao lado de um comentário</numerusform>
            <numerusform>%n pixels, como ao lado de um comentário</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>Como um bloco na página da equipe, com %n pixel de largura. O mesmo enquadramento para todos deixa as cabeças do mesmo tamanho.</numerusform>
            <numerusform>Como um bloco na página da equipe, com %n pixels de largura. O mesmo enquadramento para todos deixa as cabeças do mesmo tamanho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} no tamanho em papel, {size}, conforme o tamanho informado por esta tela (%n pixel por polegada). Encoste uma régua para conferir.</numerusform>
            <numerusform>{preset} no tamanho em papel, {size}, conforme o tamanho informado por esta tela (%n pixels por polegada). Encoste uma régua para conferir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} em aproximadamente o tamanho em papel, {size}. Esta tela não informa o tamanho real, então o app considera %n pixel por polegada: o tamanho mostrado é aproximado.</numerusform>
            <numerusform>{preset} em aproximadamente o tamanho em papel, {size}. Esta tela não informa o tamanho real, então o app considera %n pixels por polegada: o tamanho mostrado é aproximado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>Usar {title}?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes que suas fotos sejam enviadas, leia o que o {title} faz com elas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leia o que o {title} faz com elas.&lt;/b&gt;</translation>
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
        <translation>Provedor de imagens</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>Para onde sua foto vai e o que o provedor guarda</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
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
        <translation>Os modelos que sua chave pode usar</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>Prévias aproximadas durante a renderização</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> prévias durante a renderização</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>P&amp;révias:</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O {provider} não precisa de chave de API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>Chave de API do {provider}</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>O {provider} não envia prévias.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>O mais recente que sua chave pode usar (recomendado)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>O padrão do provedor</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>Listando os modelos que sua chave pode usar…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>Não foi possível listar os modelos que sua chave pode usar. {reason} O modelo escolhido continua, e você pode digitar o nome de outro.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>O {provider} não lista modelos de imagem para esta chave. Você pode digitar o nome de um modelo.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>Rascunho (baixo)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>Bom (médio)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>Melhor (alto)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>Conforme o estilo</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrado</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>Sua foto vai somente para o {title} em {hosts} quando você clica em Gerar; nada é enviado a nenhum serviço em nuvem. Sem conta, sem rastreamento.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>Sua foto fica neste computador até você clicar em Gerar; então somente os pixels dela vão para o {title} ({hosts}) via HTTPS. Sem conta, sem rastreamento.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>Sua foto fica neste computador até você clicar em Gerar; então somente os pixels dela vão para o {title} via HTTPS. Sem conta, sem rastreamento.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>Sua foto nunca sai deste computador: o {title} cria os retratos aqui. Sem conta, sem rastreamento.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo vão para o &lt;b&gt;{title}&lt;/b&gt; em &lt;b&gt;{hosts}&lt;/b&gt; (na sua rede). Nada é enviado a nenhum serviço em nuvem.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo vão para o &lt;b&gt;{title}&lt;/b&gt; em &lt;b&gt;{hosts}&lt;/b&gt; (neste computador). Nada é enviado a nenhum serviço em nuvem.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, o &lt;b&gt;{title}&lt;/b&gt; em {hosts} cria o retrato neste computador: sua foto não sai dele.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, o &lt;b&gt;{title}&lt;/b&gt; cria o retrato neste computador: sua foto não sai dele.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo são enviados via HTTPS para o &lt;b&gt;{title}&lt;/b&gt; ({hosts}), usando sua própria chave de API. Nada mais sai do seu computador.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo são enviados via HTTPS para o &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nada mais sai do seu computador.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo são enviados via HTTPS para o &lt;b&gt;{title}&lt;/b&gt;, usando sua própria chave de API. Nada mais sai do seu computador.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>Quando você clica em &lt;b&gt;Gerar&lt;/b&gt;, a foto escolhida (reduzida, sem nenhum metadado como local e dados da câmera) e o texto do estilo são enviados via HTTPS para o &lt;b&gt;{title}&lt;/b&gt;. Nada mais sai do seu computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;O que o {title} guarda:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>Termos do {title} conforme lidos em {date}.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>desconhecido ({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>cerca de {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{title} em {hosts}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: não precisa de chave de API</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>Chave de API do {title}: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>Algumas configurações estavam danificadas</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>Retratos guardados à parte</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>Não foi possível contar os retratos guardados à parte.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>Ainda não foi possível mover estes:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>Retratos guardados</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>Não foi possível mover os retratos guardados para a biblioteca.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>Adicionar outra foto sua, para manter a semelhança</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;O {provider} não aceita fotos adicionais suas.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: clique para removê-la</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>Remover foto adicional {number}, {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>Refinar este retrato</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>O que mudar, ex.: “gravata azul-marinho em vez de vermelha”, “sorriso menor”</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>O que mudar</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>O app envia {name} com sua selfie, para que a mudança mantenha sua semelhança e os traços a manter.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>&amp;Refinar</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>Uma nova variante de {style} a partir da mesma foto.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>De novo</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name} criado de novo no nível de detalhe mais alto.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>Final em alto detalhe</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>O {provider} não informa o tamanho da imagem que cria, então uma versão final ainda pode ficar pequena.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>O {provider} pode criá-lo de novo com {size} pixels, o que é suficiente.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>A maior imagem que o {provider} cria tem {size} pixels, não mais do que este retrato tem.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>A maior imagem que o {provider} cria tem {size} pixels, que enquadrada fica com {framed}: mais perto, mas ainda insuficiente.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name} criado de novo no nível de detalhe mais alto (o provedor não informa em que tamanho).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name} criado de novo no nível de detalhe mais alto, no maior tamanho que o {provider} cria: {size} pixels.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name} criado de novo no nível de detalhe mais alto, com {size} pixels.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>Isso é suficiente para {destination}.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination} precisa de {needed}: ainda será ampliado, a partir de cerca de {framed}.</translation>
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
        <translation>{label}, mantido</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
Mantido: um favorito</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Não foi possível ler {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>Talvez tenha sido movido ou excluído.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>Não foi possível abrir {name}.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>Nem todos os retratos escolhidos puderam ser movidos para a lixeira.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>Seus retratos aparecem aqui.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>Escolha um resultado abaixo para vê-lo aqui.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>médio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ &amp;Manter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>&amp;Refinar…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>Alterar este retrato como você disser (diga o quê), mantendo sua semelhança</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>De &amp;novo</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>Uma nova variante do mesmo estilo e foto</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>&amp;Final em alto detalhe</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>Criar este de novo no nível de detalhe mais alto</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · “{instruction}”</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Renderizando…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>Não foi possível aplicar as configurações de retenção.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>Não foi possível aplicar totalmente as configurações de retenção. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>Não foi possível mostrar a pasta {folder}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>Abra essa pasta você mesmo no gerenciador de arquivos.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>Abra ou crie um kit da equipe e adicione pessoas para ver quanto o lote vai custar.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>Não foi possível calcular o custo do lote.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>Não foi possível criar o lote.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>O lote parou.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>O kit não pode ser usado neste computador.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>Ninguém está aguardando para ser processado.</translation>
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
        <translation>Calculando o custo…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>Não foi possível colocar de novo na fila as pessoas que falharam.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>Parando… as pessoas em processamento agora voltam para a fila.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>O lote foi parado. Continue quando quiser.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>Confiar neste servidor na minha rede (http:// simples)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>Confiar neste servidor na minha rede</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>Via http:// simples, sua foto atravessa a rede sem criptografia: qualquer pessoa nela poderia vê-la. Marque isto só para o seu próprio servidor em uma rede confiável, ou use https://.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>&amp;Testar servidor</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Status do servidor</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>Não foi possível importar a foto.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>Não foi possível ler a pasta da biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>Não foi possível listar a biblioteca.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>A selfie a partir da qual {name} foi criado não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>Não foi possível ler as versões de {name}.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>Não foi possível ler o retrato {name}.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>Talvez tenha sido movido ou excluído. Pressione F5 para ler a pasta da biblioteca novamente.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>Não foi possível mostrar o retrato {name}.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>Renderizando a imagem {index} de {total}…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>Criando a imagem {index} de {total}… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} Tentando novamente em {seconds} s…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>Não foi possível remover as fotos antigas como pede a configuração de retenção.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>Cancelado · nada foi mantido</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>Algo deu errado ao criar o retrato.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>Não foi possível iniciar a execução.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>Mantê-los</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>Mover para a lixeira após gerar, quando você passar para outra foto</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>Mover para a lixeira após um número de dias</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>Provedor &amp;&amp; &amp;chave</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Pasta da biblioteca</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>O que acontece com os originais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>Dias para manter os originais</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>Dias para manter os logs</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>&amp;Originais:</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…após:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Originais marcados como Manter (Biblioteca ▸ Originais) e os originais de retratos mantidos sempre ficam. Os próprios retratos nunca são removidos por esta configuração.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>&amp;Logs mantidos por:</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>&lt;small&gt;Um novo idioma é aplicado na próxima vez que o app iniciar.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>&amp;Privacidade &amp;&amp; dados</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Conforme o sistema ({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>Tudo o que o app guarda está neste computador: a pasta da biblioteca, miniaturas, logs, configurações e as chaves de API no chaveiro do sistema. Nada é enviado a lugar nenhum, exceto a foto a partir da qual você gera, para o provedor de imagens que você escolheu.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>&amp;Exportar todos os meus dados…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>Exportar todos os meus dados como um arquivo zip</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>E&amp;xcluir todos os meus dados…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Excluir todos os meus dados</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Escolher a pasta da biblioteca</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>Nenhuma resposta chegou.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>Não foi possível listar os modelos.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>Estilos integrados não podem ser editados; crie um novo estilo.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>Retrato (mais alto que largo)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrado</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>Paisagem (mais largo que alto)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>Editar estilo</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>Novo estilo</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>Nome do estilo</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>Descrição do estilo</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>Prompt do estilo</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>Diga o que deve mudar: roupa, fundo, iluminação, enquadramento. O app acrescenta as instruções que mantêm seu rosto como é.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>Não foi possível salvar o estilo.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>Meu</translation>
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
        <translation>Kits da equipe (*.headshot-kit.json *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>Kit da equipe</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>&amp;Novo kit…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>Criar um novo kit da equipe</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>Abrir &amp;kit…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>Abrir um arquivo de kit da equipe</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>Salvar k&amp;it como…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>Salvar o kit da equipe como arquivo para compartilhar</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Adicionar &amp;fotos…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>Adicionar pessoas pelas fotos</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>Uma pessoa por foto</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>Adicionar todos de uma pasta de fotos</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>Uma pessoa por foto na pasta</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>Adicionar de &amp;CSV…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>Adicionar pessoas de uma lista</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>Um arquivo CSV: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>ou solte fotos e pastas na tabela.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;uar</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>Continuar o lote que parou</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>Custo do lote</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>Limite de gastos em dólares</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>O lote para antes que a próxima pessoa ultrapasse este valor.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>Limite de &amp;gastos:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>Iniciar o lote</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>Parar o lote; ele pode ser continuado depois</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>Repe&amp;tir falhas</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>Colocar de novo na fila as pessoas que uma falha interrompeu (nada foi cobrado)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>Onde o lote está</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>E&amp;xportar tudo…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>Exportar o retrato de cada pessoa concluída</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar a exportação</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Mostrar os arquivos exportados na pasta</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>Não foi possível ler os lotes da equipe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kit da equipe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>Nenhum kit da equipe ainda. Crie um com Novo… ou abra um que um colega compartilhou.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (não salvo)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>Este kit não pode ser usado neste computador: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>Abrir um kit da equipe</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>Não foi possível abrir o kit da equipe {file}.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>Salvar o kit da equipe</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>Não foi possível salvar o kit da equipe em {file}.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>O kit da equipe foi salvo em {file}.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>O lote está em execução com seu próprio kit. Pare-o antes de escolher outro kit.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>Um novo lote começa com este kit; o anterior permanece na biblioteca.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>Uma equipe inteira em um lote consistente: um kit, o retrato de todos</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>Recusado — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>Falhou — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>faltam cerca de {hours} h</translation>
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
        <translation>Aguardando o limite de taxa do provedor · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>Grátis no seu servidor para {who}</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>grátis no seu servidor</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>Grátis neste computador para {who}</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>grátis neste computador</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>O custo de {who} é desconhecido ({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>O custo de {who} é desconhecido.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>Cerca de {cost} para {who}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>cerca de {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{cost} para {who}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>Prompt personalizado</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · exportação: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>Este lote parou com {done} de {total} concluídos.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>Prévias em tamanho real</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>Bloco da página da equipe</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>Impressão no tamanho em papel</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>Página da &amp;equipe</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Impressão</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seu nome&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Seu cargo</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>Como o LinkedIn mostra: em um círculo, da página do perfil até o tamanho ao lado de um comentário.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>Como o LinkedIn mostra: em um círculo, da página do perfil até o tamanho ao lado de um comentário. O LinkedIn mantém o quadrado central de uma imagem que não é quadrada.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>Escolha um tamanho de impressão, como Impressão 8 × 10 ou Casting 5 × 7, para vê-lo no tamanho em papel.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} polegadas</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>Clique em um retrato ou pressione o número dele (1–4) para escolher o que será exportado.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>Cada um ainda se parece com a pessoa? Compare com a foto dela à esquerda.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>A foto da pessoa</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;A foto da pessoa&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>Sobre os retratos desta pessoa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;Escolha uma pessoa&lt;/b&gt; para ver os retratos dela.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>Nenhum retrato desta pessoa ainda.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>Não foi possível ler os retratos de {name}.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Não está na biblioteca</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>Não foi possível ler este retrato.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · escolhido</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>Variante {number}, escolhida</translation>
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
        <translation>Versões:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: primeira</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>Versão {number}: primeira</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: “{instruction}”</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>Versão {number}: “{instruction}”</translation>
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
        <translation>Nenhuma chave de API do {provider} foi definida.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>Digite sua chave nas Configurações ou defina {variables}.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>Nenhuma chave de API da Black Forest Labs foi definida.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>a região nas Configurações</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>o host de entrega da BFL</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>o link fornecido pela BFL</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} deu uma resposta que não é da BFL (HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>Sua conta de {service} ficou sem créditos.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>Adicione créditos em {address} e tente novamente.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} não oferece {model}.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} recusou um valor na solicitação.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>Escolha outro modelo, formato ou nível de detalhe, ou outra foto.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>{service} tem trabalhos demais seus em execução ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>Aguarde um momento e tente novamente, ou peça menos variantes de uma vez.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>Verifique o modelo nas Configurações ou tente outra foto.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>A moderação de {service} sinalizou sua foto ou o texto do estilo antes de começar{reasons}. A BFL não cobra por isso.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>Tente outra foto (bem iluminada, só você no quadro) ou outro estilo.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>A moderação de {service} sinalizou o retrato criado, então ele não foi entregue{reasons}. A BFL não cobra por isso.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} informou um erro ao criar a imagem{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} não reconhece mais o trabalho recebido (Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} informou um status de trabalho que o app não conhece: “{status}”.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>Tente novamente; se continuar acontecendo, atualize o app.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>O link para o retrato pronto expirou antes que ele pudesse ser baixado.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>Não foi possível baixar o retrato pronto de {service} (HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>A BFL o criou e pode ter cobrado por ele: tente novamente para criar um novo.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>Cancelado. A Black Forest Labs não consegue parar um trabalho que já colocou na fila, então pode concluí-lo e cobrar por ele.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>O {model} da Black Forest Labs aceita no máximo {count} fotos de referência.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>Escolha menos fotos de referência ou outro modelo FLUX.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>uma resposta de trabalho sem id</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>um endereço de consulta fora da BFL ({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>um status de trabalho que não é um objeto JSON</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>um trabalho concluído sem um link https para a imagem</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} não concluiu a imagem em {seconds:.0f} segundos, então o app parou de esperar.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>Ele ainda pode concluí-la e cobrar por ela: confira sua página de uso antes de tentar novamente.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>uma imagem maior que qualquer retrato</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>Cancelado. A Black Forest Labs já tinha criado a imagem e cobra por ela.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>A Black Forest Labs não publicou por quanto tempo sua API guarda as fotos e imagens recebidas, nem se as usa para treinamento: não conseguimos confirmar nenhum dos dois. Leia os termos da API: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>Por padrão, a foto vai para o host da BFL na UE (api.eu.bfl.ai, que a BFL opera somente em regiões da UE); você pode escolher o host global ou o dos EUA.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>O retrato pronto volta de um segundo host da BFL (delivery…bfl.ai) por um link que funciona por cerca de 10 minutos; o app o baixa imediatamente, sem sua chave.</translation>
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
        <translation>EUA</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>Onde a BFL recebe sua foto: o host da UE (padrão), o host global ou o host dos EUA.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>O formato em que a BFL envia o retrato.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>Use https:// ou marque “Confiar neste servidor na minha rede” nas Configurações (na linha de comando: --trust-server, uma vez). Faça isso só em uma rede confiável: http:// simples pode ser lido no caminho.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>O endereço do ComfyUI {address} não é uma URL válida.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>O servidor ComfyUI {server} seria acessado via http:// simples, o que envia sua foto sem criptografia pela rede.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>Verifique se o endereço nas Configurações é o do seu servidor ComfyUI.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>ComfyUI em {server}</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} recusou a solicitação (HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>Se o ComfyUI roda atrás de um proxy ou com configurações especiais, verifique-as.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} não responde como o ComfyUI (HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} teve um problema (HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>Veja a janela ou o log do próprio ComfyUI e tente novamente.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} não conseguiu executar a solicitação (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>Verifique o workflow e o endereço do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>nó {node} ({type}): {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} recusou o workflow: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>Instale no servidor o que ele indica (um arquivo de modelo ou um nó personalizado) ou escolha outro workflow.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>nó {node} ({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} não tem memória de GPU suficiente para este modelo (ele precisa de cerca de {size:g} GB).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} não tem memória de GPU suficiente para este modelo.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>Escolha um workflow menor (FLUX.2 [klein] 4B) nas Configurações, feche outros programas que usam a GPU ou use um servidor com uma GPU maior.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} parou com um erro em {node}: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>Veja a janela ou o log do próprio ComfyUI para os detalhes.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} reiniciou ou esqueceu a execução enquanto criava seu retrato.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>A conexão com {service} caiu enquanto ele criava seu retrato.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>Nada foi mantido. Verifique se o ComfyUI está em execução e tente novamente.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>A execução foi interrompida em {service} (alguém clicou em Cancelar lá, ou ela foi interrompida).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>Nada foi mantido. Tente novamente.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>Não foi possível abrir a conexão ao vivo com {service} (WebSocket).</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>Verifique se o ComfyUI está em execução no endereço das Configurações.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>Nada responde em {address}.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>Verifique se o ComfyUI está em execução lá e o endereço nas Configurações.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>O servidor em {address} não é o ComfyUI.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>Verifique o endereço nas Configurações.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(versão não informada)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>sem GPU, então roda no processador (muito devagar)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu} com {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>ComfyUI {version} encontrado em {server}: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: a licença ({licence}) não permite uso comercial.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>uma lista de nós que não é um objeto</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>O workflow do ComfyUI {workflow} não aceita fotos de referência; {chosen} foram escolhidas.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>O workflow do ComfyUI {workflow} aceita no máximo {count} foto de referência; {chosen} foram escolhidas.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>O workflow do ComfyUI {workflow} aceita no máximo {count} fotos de referência; {chosen} foram escolhidas.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>Escolha menos fotos de referência ou um workflow com espaços {{{{reference_1}}}}, {{{{reference_2}}}}, … (um LoadImage para cada).</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>uma resposta de upload sem nome de arquivo</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} não terminou em {minutes:.0f} minutos, então a execução foi interrompida.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>Um modelo grande em uma GPU pequena (ou uma CPU) pode ser muito lento.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} está criando seu retrato…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} terminou sem uma imagem.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>Verifique se o workflow termina em um nó PreviewImage ou SaveImage.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI (seu próprio servidor)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>Nada é enviado a nenhum serviço em nuvem: a foto vai somente para o servidor ComfyUI que você executa, que guarda o que as próprias configurações dele determinam. O app a envia como arquivo temporário (o ComfyUI os apaga ao iniciar) e remove a execução do histórico do servidor assim que o retrato volta.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>Os workflows incluídos usam modelos de pesos abertos que você baixa para o seu servidor uma vez; as licenças variam (FLUX.1 Kontext [dev] é somente para uso não comercial).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511 (melhor semelhança)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B (rápido, GPUs menores)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev] (somente uso não comercial)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>como o autor diz</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>Não existe um workflow do ComfyUI chamado {name}.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>Workflows conhecidos: {names}, ou o caminho do seu próprio arquivo de workflow no formato da API.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>Não é possível ler o arquivo de workflow {path}: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>O arquivo de workflow {path} é maior que qualquer workflow (mais de 2 MB).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>O arquivo de workflow {path} não é JSON válido ({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>O arquivo de workflow {path} não está no formato de API do ComfyUI.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>No ComfyUI, use Workflow ▸ Export (API) e escolha esse arquivo.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>O arquivo de workflow {path} não tem o marcador {placeholders}.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>Coloque {{{{photo}}}} onde o LoadImage nomeia a imagem e {{{{prompt}}}} onde vai o texto; {{{{seed}}}}, {{{{width}}}} e {{{{height}}}} são opcionais.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>O workflow pede {placeholder}, que o app não preenche.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>Marcadores conhecidos: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} não tem um nó chamado “{type}” (nó {node} deste workflow).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>Atualize o ComfyUI ou instale o nó personalizado que o fornece.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>Este workflow usa “{type}”, um nó que envia a imagem a um serviço em nuvem, então o app não o executará.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>Escolha um workflow que rode somente no seu servidor.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>O nó “{type}” de {server} não tem uma entrada chamada “{name}” (nó {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>Atualize o ComfyUI: o workflow foi feito para uma versão mais nova.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} não tem o arquivo de modelo {file}, de que {workflow} precisa ({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} Coloque-o na pasta models/{folder} do ComfyUI (cerca de {size:g} GB; baixe em {address}).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>Baixe-o para o servidor, reinicie o ComfyUI ou escolha outro workflow.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>Provedor falso (desenvolvedores)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>Nada sai deste computador: o provedor falso cria as imagens localmente e não guarda nada.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>quente</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>frio</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>A tonalidade que o retrato falso recebe.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>Esta falha foi pedida de propósito: remova {variable} (ou a opção de falha) para interrompê-la.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>O provedor falso não aceitou a chave de API.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>O provedor falso recusou o acesso ao modelo.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>A conta do provedor falso ficou sem créditos.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>O provedor falso está limitando a velocidade de envio das solicitações.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>O sistema de segurança do provedor falso recusou esta foto ou o prompt do estilo.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>O provedor falso não conseguiu executar a solicitação.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>O provedor falso não oferece o que foi pedido.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>O provedor falso teve um problema do lado dele.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>A conexão com o provedor falso foi interrompida.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>O provedor falso não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>O provedor falso enviou uma resposta ilegível.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>O provedor falso não pode falhar com {value}.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>Use um de {kinds}, opcionalmente seguido de :N.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>A latência {value} do provedor falso não é um número de segundos de 0 a 3600.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>Corrija {variable} ou a opção de latência.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>O provedor falso não tem um modelo chamado {model}.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>Deixe o modelo vazio ou escolha {model}.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>O provedor falso funciona: ele cria retratos neste computador, de graça.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>O provedor falso não tem um visual chamado {look}.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>Escolha {looks}.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>Criando um retrato falso neste computador…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>O provedor falso não conseguiu ler a foto.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>Tente outra foto.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>O {model} do Gemini aceita no máximo {count} fotos de referência.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>Escolha menos fotos de referência ou um modelo de imagem do Gemini mais novo.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>O sistema de segurança de {service} bloqueou a solicitação antes de criar qualquer coisa ({reason}): ele sinalizou sua foto ou o texto do estilo.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>O sistema de segurança de {service} barrou o retrato criado ({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>{service} parou porque o resultado era parecido demais com uma imagem existente.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} respondeu com palavras em vez de criar o retrato.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>É assim que o Gemini recusa: tente outra foto ou outro estilo.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>{service} não criou imagem desta vez ({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>Tente outra foto (bem iluminada, só você no quadro) ou outro estilo. Tentar de novo a mesma foto e estilo provavelmente será recusado outra vez.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>A versão {version} da API do Gemini não é oferecida pelo Google.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>Use v1 ou v1beta (ou remova {variable}).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Nenhuma chave de API do Gemini foi definida.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>O crédito pré-pago da sua chave de {service} acabou.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Adicione crédito ou verifique o faturamento no Google AI Studio ({address}) e tente novamente.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>{service} não pode ser usado com esta chave como está.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Ative o faturamento para o projeto da chave no Google AI Studio: o nível gratuito não é oferecido em todos os lugares.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>Verifique se o projeto da chave tem a API do Gemini ativada e pode usar este modelo.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} não oferece {model} para esta chave.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} não oferece o que foi pedido para esta chave.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>Escolha outro modelo nas Configurações (Testar chave lista os que sua chave pode usar).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} demorou demais para criar a imagem (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>Verifique o modelo e o nível de detalhe nas Configurações ou tente outra foto.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>Não foi possível acessar {service} corretamente (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} deu uma resposta que não é do Gemini (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Verifique o projeto da chave no Google AI Studio ou digite um nome de modelo nas Configurações.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>O Google guarda prompts e imagens por até 55 dias para monitorar abusos. Em um projeto pago (com faturamento ativado), ele não os usa para melhorar seus produtos.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>No nível gratuito, o Google pode usar o que você envia para melhorar seus produtos, e pessoas do Google podem lê-lo: use uma chave de um projeto do Google Cloud com faturamento ativado.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>Projetos criados desde 26 de outubro de 2026 mantêm um log das solicitações, a menos que o registro seja desativado no Google AI Studio. O app pede ao Google que não registre cada solicitação; desativar o registro no AI Studio garante isso.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Os termos do Google dizem que a API do Gemini é para uso profissional ou comercial, por pessoas com 18 anos ou mais.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>Minha chave de API do Gemini pertence a um projeto com faturamento ativado (o nível pago).</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Toda imagem criada pelo Gemini leva a marca d&apos;água invisível SynthID do Google, que a identifica como criada por IA.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>o prompt está vazio</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>o prompt tem mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>o formato {shape} não é um de {shapes}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>o nível de detalhe {level} não é um de {levels}</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>o número de prévias deve ser de 0 a {most}</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>há no máximo {most} variantes</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>há no máximo {most} fotos de referência</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>Estas configurações de geração não podem ser usadas: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>Altere-as nas Configurações e tente novamente.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>O modelo {model} foi desativado em {when}. Escolha outro modelo nas Configurações.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>O modelo {model} será desativado em {when}. Escolha um modelo mais novo nas Configurações antes disso.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>Enviando para {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>Enviando para {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>Recebendo o retrato… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>Recebendo o retrato…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>Aguardando {service}…</translation>
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
        <translation>não foi possível usar o perfil de cor da foto; as cores podem parecer um pouco diferentes</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>as partes transparentes da foto foram preenchidas com branco</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>o arquivo está danificado ou incompleto</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>Abra-o em outro app para verificá-lo ou escolha outra foto.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>Use uma cópia menor da foto (alguns milhares de pixels de largura é suficiente).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>Fotos {format} não podem ser abertas neste computador</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>Converta-a para JPEG primeiro.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>a imagem é grande demais ({megapixels} megapixels); o limite é {limit} megapixels</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>a imagem é grande demais; o limite é {limit} megapixels</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>a imagem é grande demais ({width} × {height} pixels); o limite é {limit} megapixels</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>a imagem é pequena demais para um retrato ({width} × {height} pixels); ela precisa de pelo menos {minimum} pixels no lado menor</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>Use uma foto maior, por exemplo, a original do seu celular ou câmera.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>GIF animado: o primeiro quadro foi usado</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>o arquivo TIFF tem várias páginas: a primeira foi usada</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>o arquivo HEIC contém várias imagens: a primeira foi usada</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>o arquivo contém várias imagens: a primeira foi usada</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>imagem animada: o primeiro quadro foi usado</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>não há memória suficiente para abrir esta imagem</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>a foto foi reduzida para {width} × {height} pixels para ficar abaixo do limite de {limit} do provedor</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG, PNG, HEIC, WebP, TIFF, BMP ou GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>Use uma cópia menor da foto.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>a imagem usa um formato de cor que não pode ser lido</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>Salve-a como JPEG ou PNG e tente novamente.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>Escolha uma foto: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>Exporte ou salve-a como foto JPEG ou PNG e tente novamente.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>Escolha outra foto.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>esta não é uma foto que o Headshot Desktop consegue ler</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>isto é um documento PDF, não uma foto</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>Exporte a página como imagem JPEG ou PNG primeiro.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>isto é uma página da web (HTML), não uma foto</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>Salve a própria imagem da página (clique com o botão direito nela e escolha Salvar imagem como) e use esse arquivo.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>isto é um desenho SVG, não uma foto</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>isto é um documento XML, não uma foto</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>isto é um arquivo de texto, não uma foto</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>isto é um vídeo, não uma foto</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>Capture uma imagem estática do vídeo ou escolha uma foto.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>isto é um arquivo compactado, não uma foto</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>Descompacte-o primeiro e escolha a foto dentro dele.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>arquivos {format} não são suportados</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>RAW de câmera</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>Ícone (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>Exporte uma cópia menor da foto (um JPEG é suficiente) e tente novamente.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>Verifique as permissões do arquivo ou copie-o para uma pasta sua e escolha a cópia.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Talvez tenha sido movido, renomeado ou excluído.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>isto é uma pasta, não uma foto</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>Abra a pasta e escolha uma foto dentro dela.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>a imagem está vazia</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>a imagem é grande demais ({size}); o limite é {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>o arquivo é grande demais ({size}); o limite é {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>este não é um arquivo comum</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>Escolha um arquivo de foto.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>o arquivo não pode ser lido (permissão negada)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>o arquivo não pode ser lido ({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} é um link (para {target}), não uma pasta. O Headshot Desktop não segue links para fora da biblioteca, então deixa esta biblioteca como está.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>Substitua o link por uma pasta real (mova as fotos para ela) ou escolha outra pasta de biblioteca nas Configurações.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} não são quatro números x,y,w,h (frações da largura e da altura, ex.: 0,0.1,1,0.7).</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} não são quatro números x,y,w,h: cada um deve ser um número de 0 a 1.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} contém um valor que não é um número.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x e y são onde o recorte começa, de 0 (esquerda, topo) até menos de 1.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: a largura e a altura devem ser maiores que 0 e no máximo 1 (a imagem inteira).</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} ultrapassa a borda da imagem: x + w e y + h devem ser no máximo 1.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path} (um link, ou não é um arquivo: não copiado)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path} (um link, ou fora da biblioteca: não copiado)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>gravar a exportação</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>{count} arquivo(s) que você tinha excluído no app foram removidos da lixeira do sistema.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>Eles ficam lá até a lixeira ser esvaziada.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>{count} arquivo(s) que você excluiu no app ainda estão na lixeira do sistema: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>Nada foi excluído: excluir todos os dados exige uma confirmação explícita.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>Confirme que tudo deve ser excluído.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>a pasta da biblioteca {folder} não foi encontrada (a unidade está conectada?), então as fotos dela não foram excluídas. A configuração que indica onde ela está foi mantida: conecte a unidade e execute isto novamente.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>a biblioteca em {folder}: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>a configuração da pasta da biblioteca ({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>A exportação</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what} teria {size} em PNG, acima do limite de {limit}.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>Escolha JPEG ou WebP: a qualidade deles é reduzida até o arquivo caber.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what} não cabe em {limit} nem com qualidade {quality}.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>Escolha um tamanho menor ou uma predefinição sem limite de tamanho.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>O modelo do nome do arquivo usa {field}, que não é um campo conhecido.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Use {fields}.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>O modelo do nome do arquivo {template} não é válido.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>Não é possível exportar como {format}.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Escolha PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>A qualidade {quality} está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>Use um número de 1 a 100.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>Não é possível exportar {name}: o arquivo está danificado ou não é uma imagem.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{name} para {preset}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>exportar o retrato</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>A mudança foi cancelada; a biblioteca continua onde estava.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>criar a pasta</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>A pasta da biblioteca {folder} não existe mais.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>Se ela está em uma unidade que foi desconectada, conecte-a e use Exibir ▸ Recarregar biblioteca (F5).</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>criar a pasta da biblioteca</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>A biblioteca {folder} está sendo excluída por outro Headshot Desktop.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>Aguarde até isso terminar ou escolha outra pasta de biblioteca.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>Não foi possível {action}: a pasta da biblioteca {folder} não existe mais.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>Se ela está em uma unidade que foi desconectada, conecte-a e tente novamente.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>Não foi possível ler a imagem que o {provider} retornou, então ela não foi salva.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>Não foi possível ler a imagem que o provedor retornou, então ela não foi salva.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>Tente gerá-la novamente.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>O índice da biblioteca {path} foi gravado por uma versão mais nova do Headshot Desktop.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>Atualize o app para abrir esta biblioteca.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>Essa foto original (número {number}) não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>Esse retrato (número {number}) não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>manter o retrato pago na pasta de recuperação</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>ler a pasta de recuperação</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>Não foi possível remover {path} ({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>Escolha uma pasta vazia ou uma nova.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} está dentro da pasta da biblioteca {source}, então a biblioteca não pode ser movida para lá.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>Escolha uma pasta fora dela.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} contém a pasta da biblioteca {source}, então a biblioteca não pode ser movida para dentro dela.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Escolha uma pasta.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>A pasta da biblioteca {source} não foi encontrada, então não há nada para mover.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>Se ela está em uma unidade que não está conectada, conecte-a e tente novamente.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} já contém uma biblioteca própria com {photos} fotos e {batches} lote(s) da equipe.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} já contém uma biblioteca própria com {photos} fotos.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} já contém uma biblioteca própria com {batches} lote(s) da equipe.</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>Escolha uma pasta vazia para onde mover sua biblioteca ou use aquela biblioteca como está.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} e mais {count}</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} não está vazia ({names}) e não é uma biblioteca do Headshot Desktop.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>Não há espaço livre suficiente para a biblioteca em {target}: ela precisa de {needed}, e há {free} livres.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>Libere espaço nesse disco ou escolha uma pasta em outro.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>A biblioteca {folder} está aberta em outra janela ou comando do Headshot Desktop.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>Feche-a ou aguarde o comando terminar e tente novamente. Nada foi movido.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>bloquear a biblioteca</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>substituir o índice da biblioteca vazia</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>{target} apareceu enquanto a biblioteca era movida e difere de {source}.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>Nada foi removido da biblioteca antiga. Escolha uma pasta vazia e tente novamente.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>copiar a biblioteca</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>A cópia de {name} em {folder} difere do original.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>O disco pode estar falhando. Nada foi removido da biblioteca antiga.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>{originals} foto(s) original(is) e {headshots} retrato(s) excluídos.</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>O índice da biblioteca, {thumbnails} prévia(s), {logs} arquivo(s) de log e {others} arquivo(s) de configurações e estado foram excluídos.</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>{batches} lote(s) da equipe excluídos: quem estava em cada um e onde estavam as fotos.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>A chave de API de {providers} foi removida do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>Não foi possível verificar as chaves de API guardadas: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>Nenhuma chave de API estava guardada para {providers}.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>Antes, {count} arquivo(s) foram para a lixeira do sistema (por Excluir ou pela configuração de retenção): {names}. Se a lixeira não foi esvaziada desde então, eles ainda estão lá: esvazie a lixeira para removê-los.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>Estes arquivos não são do app e foram deixados onde estão: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Não excluído: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>A biblioteca {folder} está aberta no Headshot Desktop (em uma janela ou em um comando ainda em execução).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>Feche todas as janelas do Headshot Desktop, aguarde os comandos em execução terminarem e tente novamente. Nada foi excluído.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder} (não removida: não é uma pasta do próprio app)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>Não foi possível excluir o arquivo de log antigo {path} ({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>O disco está cheio. Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>Verifique se você tem permissão para alterar arquivos em {folder}.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>O nome do arquivo ou o caminho da pasta é longo demais; escolha um mais curto.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>Não foi possível {action}: o disco está cheio ({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>Não foi possível {action} ({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} já existe em {folder}.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>Escolha outro nome ou permita substituí-lo (na linha de comando: --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>A pasta da biblioteca {folder} não foi encontrada.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>Se ela está em uma unidade que não está conectada, conecte-a e tente novamente; caso contrário, escolha outra pasta de biblioteca nas Configurações.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>Há uma pasta onde deveria estar o arquivo de índice da biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>Mova essa pasta para fora da pasta da biblioteca; o índice será então reconstruído a partir das suas fotos.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>O disco que contém a biblioteca está cheio ({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>A biblioteca {folder} é somente leitura.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>Você pode vê-la e exportar dela; para adicionar itens, escolha uma pasta que você possa alterar.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>O índice da biblioteca {path} está ocupado.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>Outro programa pode estar usando-o; feche-o e tente novamente.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>O disco informou um erro ao ler ou gravar o índice da biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Verifique se a unidade ainda está conectada e funcionando e tente novamente.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>Não é possível abrir o índice da biblioteca {path}.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>Não é possível usar o índice da biblioteca {path} ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>Tente novamente; se continuar falhando, mova o arquivo de índice para outro lugar e ele será reconstruído a partir das suas fotos.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>A biblioteca {folder} está ocupada.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>Outra janela do Headshot Desktop pode estar salvando nela; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>O arquivo de bloqueio da biblioteca {path} é um link. O Headshot Desktop não segue links para fora da biblioteca.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>Exclua esse link (ele não contém nada seu) e tente novamente.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>Há uma pasta onde deveria estar o arquivo de bloqueio da biblioteca ({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>Mova essa pasta para fora da pasta da biblioteca e tente novamente.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>usar o arquivo de bloqueio da biblioteca</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>A biblioteca {folder} é somente leitura, então o Headshot Desktop não pode {action} nela.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>Você pode vê-la e exportar dela; para adicionar itens, copie-a para uma pasta que você possa alterar e escolha essa pasta nas Configurações.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>A biblioteca está fechada.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>armazenar a foto {name}</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>salvar a foto {name}</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>salvar o retrato</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>marcá-lo para manter</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>excluí-lo</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>Não é possível mostrar uma prévia de {name}: o arquivo está danificado ou não é uma imagem.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>Não é possível salvar uma prévia em {folder}.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>Ele já foi movido ou excluído.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>Não foi possível excluir {path}.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>Verifique se você tem permissão para alterar arquivos na pasta da biblioteca.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>Não foi possível mover {path} para a lixeira.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>Verifique se você tem permissão para alterar arquivos na pasta da biblioteca. Você também pode excluí-lo permanentemente.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>{path} na lixeira do sistema ({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>Óculos</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>Cabelo grisalho ou ficando grisalho</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>Barba ou barba por fazer</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>Sardas e pintas</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>Dentes naturais</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>Textura da pele (sem suavização)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>Idade aparente</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>Tipo físico</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>Tom de pele</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>Penteado</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>não há nenhum traço chamado {features} para manter (conhecidos: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>o que manter, em suas palavras, pode ter no máximo {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>Nenhuma chave de API da OpenAI foi definida.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>O {model} da OpenAI aceita no máximo {count} fotos de referência.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>A OpenAI não pode enviar imagens como {format}.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>Escolha png, jpeg ou webp.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>nenhuma imagem na resposta</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>JSON malformado no fluxo</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>um evento do fluxo que não é um objeto</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{count} prévias para {expected} imagem(ns)</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>uma prévia</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>o fluxo parou antes de a imagem ficar pronta</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>Só {count} de {expected} imagens chegaram antes de a conexão terminar.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>Tente novamente; se continuar acontecendo com um servidor personalizado, verifique se ele é compatível com a OpenAI.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>Sua organização em {service} precisa ser verificada antes de poder usar o modelo {model}.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>Sua organização em {service} precisa ser verificada antes de poder usar este modelo.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>Verifique sua organização nas configurações do provedor ({address}, “Verify Organization”); o acesso pode levar até 15 minutos para ser liberado. Ou escolha outro modelo nas Configurações.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>Verifique se sua chave e sua organização podem usar este modelo.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} demorou demais para aceitar a solicitação.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>Verifique o modelo, o tamanho e a qualidade nas Configurações ou tente outra foto.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} parou enquanto criava a imagem.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} deu uma resposta inesperada (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>Verifique se o projeto da chave pode usar modelos de imagem GPT ou digite um nome de modelo nas Configurações.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>A OpenAI atua como operadora das solicitações de API: por padrão, não treina com elas e guarda entradas e saídas por até 30 dias para monitorar abusos, conforme sua própria política.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>O formato em que a OpenAI envia o retrato.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>Alto mantém mais dos seus traços; custa alguns tokens de entrada a mais.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>Desative para servidores compatíveis com a OpenAI que não fazem streaming.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>Região do servidor</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>Manter o rosto fielmente</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>Mostrar prévias durante o processamento</translation>
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
        <translation>Página da equipe</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>Retrato 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrado</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>Impressão 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>Casting 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Tamanho original</translation>
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
        <translation>o {key} {value} não é um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>uma entrada não é um objeto JSON</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>o id {id} não é formado por letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>a predefinição {id} não tem nome</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>o tamanho de {id} não é [largura, altura] de {low} a {high}</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>o formato de {id} não é png, jpeg nem webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>round_preview de {id} não é true nem false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>não há uma lista &quot;presets&quot;</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: a predefinição {preset} tem o id de uma predefinição integrada e foi ignorada.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>Não existe um tamanho de exportação chamado {preset}.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>Escolha {presets}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} precisa de {width} × {height} pixels; este retrato tem {has_width} × {has_height}.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} precisa de {width} × {height} pixels; este retrato tem {has_width} × {has_height}, e a parte enquadrada {framed_width} × {framed_height}.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>Crie de novo em alto detalhe em um tamanho maior ou amplie mesmo assim: uma ampliação simples (Lanczos) fica menos nítida e não acrescenta detalhes.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>desconhecido ({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>cerca de {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>Não é possível gravar o registro de gastos {path}.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>nenhum preço conhecido para {model}</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>nenhum preço por imagem conhecido para {model}</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>Servidor compatível com {title} em {host}</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} aponta para {host}, não para o serviço do próprio {title}: o que esse servidor guarda depende de quem o opera. Sobre o que ele repassa ao {title}: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>Tente novamente; se continuar acontecendo com um endereço de servidor personalizado, verifique {variable}.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>Digite sua chave nas Configurações ou defina {variable}.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>Verifique o endereço do servidor ({variable}) ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} não aceitou a chave de API.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>Verifique a chave, ou crie uma nova em {address}, e digite-a novamente.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} não oferece o que foi pedido.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>Escolha outro modelo nas Configurações ou verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} teve um problema do lado dele (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>Isso costuma ser temporário: tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} não conseguiu executar a solicitação.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>Tente novamente ou escolha outro estilo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Tente novamente.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>A chave funciona: {service} a aceitou.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>Verifique o endereço do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>uma resposta que não é um objeto JSON</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} recusou o acesso.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} está limitando a velocidade de envio das solicitações.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>Aguarde um minuto e tente novamente, ou peça menos variantes de uma vez.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>A chave funciona: {service} oferece {count} modelo(s) de imagem para ela.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} não oferece nenhum modelo de imagem para esta chave.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>a resposta foi cortada</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON malformado</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} ou o endereço do servidor nas Configurações</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>O endereço do servidor {address} não é uma URL válida.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>O endereço do servidor {address} deve começar com https://.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>Verifique {where}.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>O endereço do servidor {address} usa http:// simples, o que enviaria sua chave e sua foto sem criptografia.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>Use https://. O http:// simples só é permitido para um servidor neste computador (localhost).</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} aponta para {path}, que não existe.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>Corrija ou remova {variable} e inicie o app novamente.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>Não é possível ler os certificados em {path}.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>Ele ainda pode estar criando a imagem e ainda pode cobrar por ela: confira sua página de uso antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>Tente novamente; se continuar acontecendo com um endereço de servidor personalizado, verifique se é o servidor certo.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>o endereço do servidor nas Configurações</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} Ele disse: “{message}”</translation>
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
        <translation>A conexão com {service} caiu enquanto a resposta chegava.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>A geração de imagens pode levar alguns minutos; tente novamente, talvez com menos variantes.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>Não foi possível verificar a conexão segura com {host} (problema no certificado TLS).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>Se sua rede usa uma autoridade certificadora própria, defina SSL_CERT_FILE com o arquivo do certificado dela (PEM) e inicie o app novamente.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>um corpo que não pode ser decodificado</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>Verifique sua conexão com a internet (ou o proxy) e tente novamente.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Não foi possível conectar a {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Verifique sua conexão com a internet (e as configurações de proxy) e tente novamente.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>O endereço do servidor de {service} não pode ser usado.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>A conexão com {service} foi interrompida.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} enviou uma resposta ilegível ({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>Ele ainda pode ter criado (e cobrado) as imagens: confira sua página de uso antes de tentar novamente.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} demorou demais para responder (mais de {seconds:.0f} segundos), então a solicitação foi interrompida.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>{service} não respondeu a tempo depois que sua foto foi enviada.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>Ele ainda pode estar criando as imagens e ainda pode ter cobrado por elas: confira sua página de uso antes de tentar novamente.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>uma resposta de {size:.0f} MB, mais que os {limit} MB que uma imagem chega a ocupar</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>{what} sem dados de imagem</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>{what} com base64 danificado</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>dados que não são uma imagem</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>Escolha menos fotos de referência.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>Sua conta de {service} ficou sem créditos.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>Adicione crédito ou aumente o limite de gastos ({address}) e tente novamente.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>O sistema de segurança de {service} recusou esta foto ou o prompt do estilo.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>Tente outra foto (bem iluminada, só você no quadro) ou outro estilo. Tentar de novo a mesma foto e estilo será recusado outra vez.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>uma linha de mais de {size} MB</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>um evento de mais de {size} MB</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>Não existe um provedor de imagens chamado {name}.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>Provedores conhecidos: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>O provedor {title} é somente para desenvolvedores.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>Defina {variable}=1 para usá-lo.</translation>
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
        <translation>uma execução aceita no máximo {count} fotos de referência</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} não aceita fotos de referência</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} aceita no máximo {count} fotos de referência</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>o número de variantes deve ser de 1 a {count}</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} oferece os níveis de detalhe {levels}, não {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} cria os formatos {shapes}, não {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} não tem a opção {option} (as opções dele: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} não tem a opção {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>a opção {option} de {provider} aceita {choices}, não {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>O nível de detalhe {detail} é desconhecido.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>Gere a partir da selfie novamente.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>Diga o que mudar, por exemplo, “gravata azul-marinho em vez de vermelha” ou “sorriso menor”.</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>A instrução tem mais de {count} caracteres: limite-se a uma mudança.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>O retrato {name} não está mais na biblioteca, então não pode ser refinado.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>Escolha outro retrato.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>A selfie a partir da qual {name} foi criado não está mais na biblioteca, então o app não consegue manter a semelhança com ela.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>A selfie a partir da qual {name} foi criado não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>Preparando suas fotos…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>Preparando sua foto…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>O retrato {name} não está mais na biblioteca: foi movido para a lixeira ou excluído.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>Escolha outro retrato para refinar.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} não aceita fotos adicionais, então o refinamento se baseou apenas no retrato, não na sua selfie.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>Esta execução não pode ser feita: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>{saved} de {total} retratos foram salvos na biblioteca.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>Uma variante falhou: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>Não foi possível registrar os gastos desta execução: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>A imagem {number} chegou danificada, então não pôde ser salva.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>Não foi possível salvar a imagem {number}: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>Não foi possível salvar a imagem {number}: {error} Guardá-la na pasta de recuperação também falhou: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>Não foi possível salvar a imagem {number} na biblioteca ({error}). Ela foi guardada em {folder}; quando a biblioteca puder recebê-la de novo, use `headshot-desktop library recover` ou Retratos ▸ Recuperar retratos mantidos na janela.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>A foto {name} não está mais na biblioteca: foi movida para a lixeira ou excluída.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>Abra-a novamente (ou escolha outra foto) e gere.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>Cinza corporativo</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>O retrato clássico de site de empresa: terno escuro, fundo cinza liso, luz de estúdio suave.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>Terno azul-marinho</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>Um terno azul-marinho bem cortado e camisa clara contra um fundo claro: confiante e formal.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>Business casual</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>Um blazer sem gravata, fundo neutro quente: profissional, mas descontraído.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>Esporte fino em um escritório claro e moderno, suavemente desfocado atrás de você.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>Estúdio criativo</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>Uma blusa preta contra um fundo de cor intensa, com luz de estúdio esculpida.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>Ao ar livre, luz natural</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>Sombra aberta ao ar livre com bokeh verde suave: simpático e acessível.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Acadêmico</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>Um blazer diante de estantes de livros suavemente desfocadas, para páginas de docentes e biografias de conferências.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>Um jaleco branco em uma clínica clara e limpa: para consultórios, hospitais e perfis de saúde.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>Um terno escuro em um escritório com painéis de madeira: sério e confiável.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Imobiliário</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>Claro, acolhedor e convidativo, com um interior moderno e claro atrás de você.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>Retrato de ator</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>O retrato no estilo de casting: fiel à realidade, blusa simples, fundo neutro, produção mínima.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>Preto e branco clássico</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>Um retrato monocromático atemporal sobre um fundo escuro.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executivo</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>Um terno escuro em um escritório com paredes de vidro, bem acima da cidade.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>Palestrante de conferência</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>Traje elegante com luzes quentes de palco desfocadas atrás de você: para biografias de palestrantes.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>Refinado</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>o nome está vazio</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>o nome tem mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>Este estilo não pode ser salvo: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>não há uma lista &quot;styles&quot;</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>uma entrada não é um estilo</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>seu &quot;styles&quot; não é uma lista</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>Não existe um estilo chamado {style}.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>Liste os estilos para ver os nomes.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>O estilo integrado {style} não pode ser alterado.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>Em vez disso, adicione um estilo próprio.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>Não existe um estilo seu chamado {style}.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>Não é possível salvar seus estilos em {path}.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está aninhado profundamente demais</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>não é JSON válido (linha {line}, coluna {column})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} está danificado ({reason}) e foi ignorado; os padrões são usados.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} estava danificado ({reason}); foi separado como {name} e os padrões são usados.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>Não é possível ler {path} ({error}); os padrões são usados.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>é maior que {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>não contém um objeto JSON</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} não está instalado</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} não pôde iniciar ({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} não encontrou um programa para mostrá-la (terminou com o código {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>Não foi possível mostrar a pasta {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>Abra essa pasta você mesmo no gerenciador de arquivos. No Linux, mostrá-la exige um gerenciador de arquivos e o xdg-open (pacote xdg-utils).</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>da variável de ambiente {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>da variável de ambiente</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>somente nesta sessão (esquecida quando o app fecha)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>no chaveiro do sistema</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>um caractere de controle</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>um caractere que não é ASCII simples</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>A chave de API contém {what}, que nenhum servidor aceita: um caractere que não pode ser enviado.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>Copie a chave novamente da página do seu provedor, em uma única linha, e cole-a.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>O chaveiro do sistema está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>Desbloqueie-o (entre novamente na sua sessão) ou mantenha a chave só nesta sessão.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>Nenhum chaveiro do sistema está disponível para guardar a chave de API.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>Instale ou inicie um serviço de chaveiro (GNOME Keyring, KWallet, KeePassXC) ou mantenha a chave só nesta sessão.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>Verifique se você tem permissão para ler o arquivo.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>Cada linha é: name,photo[,reference…]; os caminhos podem ser relativos à pasta do arquivo CSV.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>A lista de pessoas {name} é uma pasta, não um arquivo CSV.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>A lista de pessoas {path} não existe.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>Não é possível ler a lista de pessoas {name}: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>Não é possível usar a lista de pessoas {name}: ela é grande demais (mais de 4 MB).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>Não é possível ler a pasta {folder}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>Verifique se você tem permissão para ler a pasta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>A pasta {folder} não contém fotos.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>Coloque as fotos da equipe (JPEG, PNG, HEIC, WebP…) diretamente nela.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>A foto {path} não existe.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Verifique o nome do arquivo e a pasta.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>A lista de pessoas {name} não contém ninguém.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>A lista de pessoas {name} não é texto UTF-8.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>Salve-a como “CSV UTF-8” e tente novamente.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>Não é possível ler a lista de pessoas {name} como CSV: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, linha {line}</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: o nome está faltando.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: {name} não tem foto.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: {name} tem {count} fotos de referência; uma execução aceita no máximo {most}.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>Mantenha as mais nítidas.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell} é uma pasta, não uma foto.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: a foto {cell} não existe (procurada em {path}).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>Deixe terminar lá, ou pare lá, e depois continue aqui.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>Este lote está sendo processado em outra janela ou comando: {batch} (o bloqueio {path} está em uso). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>Não foi possível bloquear o lote da equipe {path} (com {lock} ao lado): {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>Verifique se a pasta da biblioteca existe e pode ser gravada.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>O lote parou antes de ultrapassar o limite de gastos de {cap}: {spent} gastos.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>O lote parou antes de ultrapassar o limite de gastos de {cap}: {spent} gastos (a próxima pessoa custa cerca de {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>A foto {photo} não está mais lá: foi movida ou excluída depois de adicionada. Coloque-a de volta e tente novamente as pessoas que falharam.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>Algo deu errado ao criar estes retratos ({error}). O log tem os detalhes.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>O lote parou: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>O lote foi cancelado; faltam {left} quando ele continuar.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} Faltam {left}; aumente o limite para continuar.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>O tamanho de exportação {preset} do kit não é conhecido aqui.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>Escolha outro tamanho de exportação no kit ou adicione-o em Tamanhos de exportação.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>O formato de arquivo {format} do kit não é conhecido.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>Escolha PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>Não foi possível exportar {failed} de {total} retratos: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>Os outros {count} estão em {folder}.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>Abra um kit criado com “Salvar kit da equipe” ou `headshot-desktop kit new`.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>o kit da equipe</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>Não é possível abrir o kit da equipe {name}: é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>O kit da equipe {path} não existe.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>Não é possível ler o kit da equipe {name}: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>Não é possível usar o kit da equipe {name}: ele é grande demais para ser um kit da equipe.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>Não é possível criar o kit da equipe {source}</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>Não existe um estilo chamado {style} aqui; o kit precisa dele ou de um prompt.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>Não existe um tamanho de exportação chamado {preset} aqui (existem {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>Não existe um provedor de imagens chamado {provider} (provedores conhecidos: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>Não é possível usar o kit da equipe {name}: não é texto JSON (pode estar danificado).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>Não é possível salvar o kit da equipe {name} em {folder}: há um arquivo no caminho.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>O kit da equipe {name} já existe em {folder}; ele foi mantido como está.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>Escolha outro nome ou substitua-o.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>Não é possível salvar o kit da equipe {name} em {folder}: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>Não é possível usar o kit da equipe {source}</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>Corrija o campo ou crie o kit novamente.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; deve ser um grupo de campos ({{…}}), não {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; deve ser texto, não {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; pode ter no máximo {limit} caracteres, não {length}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; deve ser um de {choices}, não {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; deve ser um número inteiro de {low} a {high}, não {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; deve ser de {low} a {high}, não {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; deve ser true ou false, não {kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>o texto {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>um grupo de campos</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: não é um kit da equipe do Headshot Desktop.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; deve ser um número inteiro a partir de 1, não {kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>O kit da equipe {source} foi criado por uma versão mais nova do Headshot Desktop (versão do kit {version}; esta versão lê {supported}).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>Atualize o app para abri-lo.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; está vazio</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>Dê um nome ao kit, por exemplo, o da equipe.</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; está vazio</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>Indique um provedor de imagens: `headshot-desktop providers` lista os ids.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>não tem nem &quot;style&quot; nem &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>Dê a ele um id de estilo ou um prompt próprio.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; deve ser uma lista de nomes de traços, não {kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; indica {names}, que não é um traço a manter</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>Use {features}.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; deve ser um grupo de nomes de opções e valores de texto, não {kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; está vazio</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>Indique um tamanho de exportação, ex.: linkedin.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; deve ser &quot;&quot;, {formats}, não {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; deve ser null ou quatro números [x, y, w, h], não {kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; não é um enquadramento ({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>Use {fields}.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} não é válido ({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; usa {field}, que não é um campo conhecido</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>Inicie o lote novamente a partir do kit; os retratos que ele criou ainda estão na biblioteca.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>O lote da equipe {name} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>O lote da equipe {path} não existe.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>Não é possível ler o lote da equipe {name}: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>Não é possível usar o lote da equipe {name}: ele é grande demais para ser um lote.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>Liste os lotes com `headshot-desktop batch --list`.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>o kit do lote {batch}</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} não é um lote da equipe do Headshot Desktop.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} não tem um número de versão válido, então não pode ser lido.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} foi gravado por um Headshot Desktop mais novo (formato de lote {version}; este lê até {supported}).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>Atualize o Headshot Desktop para continuar este lote.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>não lista nenhuma pessoa</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>pessoa {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>duas pessoas têm a mesma chave</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>falta o {field}</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>o batch_id está vazio</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>falta o kit</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>o {field} não é um número</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} está danificado: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>Pare o lote primeiro para remover pessoas: ele está em processamento.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>Clique em Parar e depois remova-as.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>Não foi possível salvar o lote da equipe em {path}: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>Verifique se a pasta da biblioteca existe e tem espaço livre.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>O local dos lotes da equipe {place} é um link para fora da biblioteca, então o lote não foi salvo lá.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>Substitua o link por uma pasta real chamada {folder} na biblioteca.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>O lote da equipe {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} está danificado: não é JSON válido.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>{made} de {variants} retratos criados; o limite de taxa do provedor segurou o restante, que será criado na próxima vez desta pessoa.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>Nenhum retrato pôde ser mantido.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} não é um objeto</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} não tem {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} tem o status desconhecido {status}</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} tem referências que não são uma lista de caminhos</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} tem ids de retratos que não são uma lista de números</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} tem variantes ausentes que não são uma lista de números pequenos</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} tem um horário de início que não é texto</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} tem um {field} que não é um número</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} tem um custo que não é um número</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>O lote não foi iniciado: ele tem um limite de gastos de {cap}, mas os preços do provedor para este kit são desconhecidos, então o limite não poderia ser respeitado. Remova o limite para criar o lote mesmo assim ou escolha um modelo com preços conhecidos.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} concluídos</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} recusados</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} falharam</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>O lote terminou: {counts}; {spent} gastos.</translation>
    </message>
</context>
</TS>
