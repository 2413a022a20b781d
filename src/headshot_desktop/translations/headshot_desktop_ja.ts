<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop は MIT ライセンスのフリーソフトウェアです。Qt と PySide6（LGPLv3）、Pillow（MIT-CMU）、pi-heif と libheif（BSD-3 / LGPLv3）、httpx（BSD-3）、keyring（MIT）、platformdirs（MIT）、filelock（Unlicense）、Send2Trash（BSD-3）、および QtMultimedia 経由で FFmpeg（LGPLv2.1+）を使用しています。</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>写真を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>写真を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>カメラで撮影(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>選択項目をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>選択項目をゴミ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>すべての実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>保持したヘッドショットを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>新しいスタイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>スタイルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>すべてのデータをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>すべてのデータを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>ライブラリを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} について(&amp;A)</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>「作成」を表示</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>「結果」を表示</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>「ライブラリ」を表示</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>「チーム」を表示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>ヘッドショット(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>自撮り写真からプロフェッショナルなヘッドショットを作成します。写真とヘッドショットは、このコンピューター上の選択したフォルダーに保存されます。ヘッドショットを作成するとき、写真は選択した画像プロバイダー（ご自身のキーを使うクラウドサービス、またはご自身のサーバー）にのみ送信されます。アカウントもテレメトリーもありません。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>サーバーを確認しています…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>キーを確認しています…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} モデル: {models}。</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>確認を完了できませんでした。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>カメラが見つかりません。Web カメラを接続するか、代わりに写真を開くか貼り付けてください。</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>カメラへのアクセスが拒否されました。システムのプライバシー設定で Headshot Desktop によるカメラの使用を許可してから、このウィンドウをもう一度開いてください。</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>自撮りする</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>カメラのファインダー</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>カメラのメッセージ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>撮影(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>撮り直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>この写真を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>写真を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>写真を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>カメラが停止しました: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>撮影しました。この写真を使うか、撮り直してください。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>プロバイダーを比較</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>チェックした各プロバイダーで、この写真から &lt;b&gt;{style}&lt;/b&gt; を作成して並べて表示します（各 1 枚）。拒否または失敗したプロバイダーは理由を表示し、他のプロバイダーは続行します。</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>{provider} のモデル</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>キー: 1 スライダー、2 横並び、F または Space でビフォーとアフターを切り替え。プラス、マイナス、またはホイールでズーム、0 でリセット、ドラッグまたは Shift+矢印キーで移動。左右の矢印キーで境界線を移動。A: 各写真で両目をクリックして位置を揃えます。</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>ここにヘッドショットが表示されます。</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>ビフォー・アフターの比較</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ビフォー</translation>
    </message>
    <message>
        <source>After</source>
        <translation>アフター</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{took} · {status}</source>
        <translation>{took} · {status}</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>費用不明</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>プロバイダーを比較</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>先に写真とスタイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>CopyAndDrag</name>
    <message>
        <source>{preset}, {format}</source>
        <comment>an export size, then a file format</comment>
        <translation>{preset}、{format}</translation>
    </message>
    <message>
        <source>Select a headshot in Results or the Library to copy it.</source>
        <translation>コピーするには、「結果」または「ライブラリ」でヘッドショットを選択してください。</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>「{name}」を {made_as} としてクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>コピーしています…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>ヘッドショットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>トリミングを保存できませんでした。</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>トリミングを調整</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>このトリミングはこのヘッドショットだけに適用されます。他の人はキットのフレーミングのままです。</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>キットのフレーミングに戻す(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>通常のフレーミングに戻す(&amp;B)</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>フレームに収まる範囲</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>プレビューなし:「{name}」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>フレームには、ヘッドショットの {full_width} × {full_height} ピクセルのうち {width} × {height} が収まっています。</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>画像をドラッグするか矢印キーでフレームを移動します（Shift で大きく移動）。ホイールまたは + と - キーでズーム、Home で通常のフレーミングに戻ります。目と顎のラインを目と顎の位置にドラッグするか、Alt と上下キーで移動します（顎のラインは Alt と Shift）。</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>エクスポートする画像のフレーミング</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>目</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>顎</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>{app} データ</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>すべてのデータをエクスポート</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>すべてのデータを {name} に保存しています…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>{originals}、{headshots}、metadata.json を次の場所に保存しました:
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>データを {path} に保存できませんでした。</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>ライブラリ内のすべての元写真とヘッドショット、チームバッチ、サムネイル、ログ、設定、およびシステムのキーリングに保存された API キーを削除します。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>すべてのデータを削除しますか？</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>以前に削除したものをシステムのゴミ箱で探しています…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>何も削除されていません: システムのゴミ箱を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>すべてのデータを削除しています…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

{app} を終了します。</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>データを削除しました</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>何も削除されていません</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>一部のデータを削除できませんでした</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>データの一部を削除できませんでした。</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>プライバシーとデータ</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>これらをゴミ箱からも削除しますか？</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>ゴミ箱からも削除しますか？ 削除されるのはこれらのファイルだけで、ゴミ箱内の他のものはそのまま残ります。</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>ゴミ箱から削除</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>ゴミ箱に残す</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>写真のドロップ領域</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>ここに自撮り写真をドロップするか、Enter キーでファイルを選択します</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;ここに自撮り写真をドロップ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;またはクリックしてファイルを選択 · Ctrl+V で貼り付け&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG、PNG、HEIC、WebP、TIFF、BMP、GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>API キーが拒否されました</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>API キーがまだありません</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>このキーでは許可されていません</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>クレジットが不足しています</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>安全システムにより拒否されました</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続がありません</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>プロバイダーで問題が発生しました</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>画像は作成されませんでした</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>システムのキーリングを利用できません</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>この写真は使用できません</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>確認が必要な設定があります</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends a sentence before the hint</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>EstimateLine</name>
    <message>
        <source>{model} (newest available)</source>
        <translation>{model}（利用可能な最新版）</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>利用可能な最新版</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>プロバイダーの既定</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>写真とスタイルを選ぶと費用が表示されます。</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>費用を計算しています…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>「{name}」はすでに {folder} にあります。</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>置き換える、両方残す（新しいファイルには「(2)」のような番号が付きます）、またはスキップしますか？</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>置き換える、両方残す（新しいファイルには「(2)」のような番号が付きます）、またはスキップしますか？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>両方残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>ヘッドショットの一部をエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>チームのヘッドショットのエクスポート先</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>{folder} にエクスポートしています…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>{folder} には何もエクスポートされませんでした: まだ完了した人がいません。</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>エクスポートをキャンセルしました。それまでに書き込まれたファイルは完全です。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>サイズとファイル(&amp;Z)</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>フォルダーを確認しています…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>{folder} 内のファイルを確認できませんでした。</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>ヘッドショットをエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>書き込み中のファイルの後で停止します…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>「{name}」: </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>LinkedIn など多くのサイトでは、プロフィール写真が円形で表示されます。これはプレビューだけを変更します。ファイルは正方形のままで、サイト側で切り抜かれます。</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>学習済みアルゴリズムによって画像が作成されたという 1 つの記述（IPTC の「digital source type」）をファイルに書き込みます。LinkedIn などのサイトはこれを読み取り、写真が AI で作成されたことを表示します。EU AI 法では 2026 年 8 月からこのようなラベルが求められます。あなたや写真に関するその他の情報（名前、場所、日付、カメラ）は書き込まれません。</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>サイズのプリセット</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>プロフィールサイトの円形トリミングをプレビュー</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>ファイルに AI 生成のラベルを付ける</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>ファイル名のテンプレート</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>フィールド: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>書き込まれるファイル</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>エクスポート先フォルダー</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>チームページの画像の幅</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>チームページの画像の高さ</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>チームページで各メンバーの画像が表示されるサイズです。ページの管理者に尋ねるか、掲載されている画像を 1 枚確認してください。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>チームページ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>品質(&amp;Q):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>フレーミングをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>通常のフレーミングに戻します: 左右中央に配置し、下側を少し多めにカットします。</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>フレームに収まる範囲</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>ヘッドショットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>プレビューなし:「{name}」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>フレームには、ヘッドショットの {full_width} × {full_height} ピクセルのうち {width} × {height} が収まっています（ズーム {zoom}×）。</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>プレビューなし:「{name}」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>エクスポートのプレビュー</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>書き込むものは残っていません。</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>「{name}」を書き込みます。</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>「{name}」をエクスポートしています…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>{total} 件中 {number} 件目をエクスポートしています…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>「{name}」を {folder} にエクスポートできませんでした。</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>独自のエクスポートサイズを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>Export headshot</source>
        <translation>ヘッドショットをエクスポート</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>何もエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>最後のファイルの前にエクスポートを停止しました。</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>何もエクスポートされませんでした: ファイルはすでに {folder} にあり、スキップを選択しました。もう一度エクスポートして「置き換える」または「両方残す」を選ぶか、別のフォルダーまたはファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>何もエクスポートされませんでした: すべてのファイルがすでに {folder} にあり、スキップを選択しました。もう一度エクスポートして「置き換える」または「両方残す」を選ぶか、別のフォルダーまたはファイル名を選んでください。</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>コピーを停止しました。</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>ビフォー写真で、左側の目、次に右側の目をクリックしてください（{clicked}/2）</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>次に、アフター写真で同じ両目をクリックしてください（{clicked}/2）</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>写真の 2 点が近すぎます。もう一度クリックしてください</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>位置を揃えました。点の近くをクリックすると移動できます。Delete でクリア、A で終了します</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>このアプリは 13 歳未満のお子様を対象としていません。</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>ライブラリフォルダー内のすべてのファイルはいつでも確認でき、&lt;i&gt;プライバシーとデータ&lt;/i&gt;から、すべてを 1 つの zip としてエクスポートしたり、すべて（写真、設定、ログ、保存されたキー）を削除したりできます。</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>ライブラリフォルダー内のすべてのファイルはいつでも確認でき、&lt;i&gt;プライバシーとデータ&lt;/i&gt;から、すべてを 1 つの zip としてエクスポートしたり、すべて（写真、設定、ログ、保存されたキーがあればそれも）を削除したりできます。</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>このアプリは顔の検出や認識を行わず、顔テンプレートも作成しません。</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app} にはアカウント、アナリティクス、テレメトリーはありません。元写真とヘッドショットは選択したフォルダーに保存され、アプリが他の場所にコピーを保存することはありません。</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>ライブラリはこのコンピューターに保存されます</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>何がどこに送信されるか</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>生体情報は扱いません</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>あなたのデータ、あなたの権利</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app} へようこそ</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>{provider} に送信されるものと保持されるもの</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>13 歳以上です</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>13 歳以上であることを確認してください</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>お知らせ（矢印キーでスクロール）</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>何かを送信する前に</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>同意して {provider} を使用(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>これを読んで年齢を確認するまで、このコンピューターから何も送信されません。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>{provider} の API キー</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>ここではスキップして、後で設定から入力することもできます。</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>保存したキーはファイルではなく、システムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>{lowercase}を選択</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>もう一度実行しますか？</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>まったく同じ実行がすでに進行中です。もう一度実行して、再度料金を支払いますか？</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>そのカードは「結果」タブにあります。別の実行にするには、スタイルまたはオプションを変更してください。</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>全員に同じシードを使うと見た目が統一されます。各メンバーの最初のバリエーションはこのシードで、2 番目は次の番号で作成され、以降も同様です。</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>全員に共通で変更したい点（服装、背景、照明、フレーミング）を入力してください。各人の顔をそのまま保つ指示はアプリが追加します。</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>すべてのヘッドショットの作成方法</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Acme チームページ</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>キット名</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>画像プロバイダー</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>プロバイダーの既定モデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>カスタムプロンプト</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>例: 左眉の上の傷跡</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>残したい特徴（自由記述）</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>1 人あたりのバリエーション数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新しいシード</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>別のシードを引きます: 新しい見た目で、全員に共通です。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保持:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>自由記述:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形状:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>バリエーション:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider}（ここでは不明）</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style}（ここにはありません）</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} 独自のオプション（全員共通）:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>キットに名前を付けてください（例: チーム名）。</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>カスタムプロンプトを入力するか、スタイルを選んでください。</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>シード（整数）を入力するか、「新しいシード」を押してください。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>シードは 0 から {largest} までの整数にしてください。</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value}（提供されていません）</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>待機中…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>{run} の進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>{run} をキャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>{run} をもう一度実行</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>同じ写真、スタイル、オプション、プロバイダーでもう一度実行します（再度課金されます）。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>{run} のカードを片付ける</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了分をクリア</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>完了したすべての実行のカードを片付ける</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;実行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>まだ実行はありません。写真とスタイルを選んで「生成」を押してください。</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;まだあなたらしく見えますか？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>このヘッドショットで確認する特徴</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>顔と顔立ち</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>肌の色</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>髪</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>見た目の年齢</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>すべてのヘッドショットでそのまま残すものにチェックを入れてください。</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>残す特徴…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>残す特徴: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>残す特徴</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>すべてのヘッドショットでそのまま残すものにチェックを入れてください。アプリはこれを各スタイルの指示に追加します。ここで顔が解析されることはありません。</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>その他（自由記述。例:「左眉の上の傷跡」）</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>他に残すもの（自由記述）</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>保持: お気に入りです。保持したヘッドショットとその元写真は保存期間の設定で削除されることはなく、削除時には再確認されます。</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>保持: お気に入りです。保持した写真は保存期間の設定で削除されることはなく、「ゴミ箱に移動」時には再確認されます。</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>保持済み</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>「{name}」は保持済みです。</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>保持済みの項目はお気に入りです。それでも削除しますか？</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>保持済みも含めて削除</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>保持済みの項目はお気に入りです。それでもゴミ箱に移動しますか？</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>保持済みも含めてゴミ箱に移動</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>保持していないものだけ</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>このセッションでのみ使用（保存しない）</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>保存したキーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>キーが有効かどうかをプロバイダーに問い合わせます。ここに入力したキーは先に保存されます。</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API キー</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>{provider} からキーを取得…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>{provider} の API キーを取得（ブラウザーで {url} を開きます）</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} または {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;または環境変数 {names} を設定します。読み取るだけで保存はされず、保存済みのキーより優先されます。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider} には API キーは不要です。</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>キーの保存場所を確認しています…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>現在のキー: {where}。</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>システムのキーリングを利用できないため、キーはこのセッションの間だけ保持できます。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>Web ブラウザーを開けませんでした。お使いのブラウザーで {url} を開いてください。</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>システムのキーリングが応答しませんでした。</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>キーの保存場所を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>先にキーを入力するか貼り付けてください。</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>システムのキーリングに保存しました。</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>このセッションの間だけ保持します。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>キーを保存できませんでした。</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>保存したキーを削除しました。</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>保存されたキーはありませんでした。</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>キーを削除しています…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>キーを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>不明: システムのキーリングが応答しませんでした</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · ライブラリ: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>独自のスタイルとエクスポートサイズを読み込めなかったため、組み込みのものを表示しています。</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>チームキット</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>新しいチームキット</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>スタイルとエクスポートサイズを読み込んでいます…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>キットを使用できない理由</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
</context>
<context>
    <name>KitExportForm</name>
    <message>
        <source>Jane Doe</source>
        <translation>山田 花子</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>yamada_hanako</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>各ヘッドショットの幅と高さに対する割合です。0.1,0.05,0.8,0.8 は横方向の中央 80 % を残し、上端を少しカットします。バッチの後でも個人ごとのトリミングを調整できます。</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>{name}、{date}、{time}、{style}、{n}、{original}、{preset} を使用できます。</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>すべてのヘッドショットのエクスポート方法</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>エクスポートサイズ</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>サイズの指定どおり</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>ファイル名のテンプレート</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>ファイル名の例</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>ファイルに AI 生成のラベルを付ける</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>フレーミング</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>各サイズの通常のフレーミング</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>すべてのヘッドショットで同じトリミング</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>すべてのヘッドショットのトリミング（割合 x,y,w,h）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>品質:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>フレーミング:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>トリミング:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset}（ここにはありません）</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>ファイル名のテンプレートを入力してください（例: {name}）。</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;例: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}、保持済み、{photo} から、{time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}、{photo} から、{time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>{photo} から</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ 保持済み: 保存期間の設定で削除されることはなく、削除時には再確認されます。</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>フォルダー {folder} を確認できませんでした。</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>ライブラリを移動しますか？</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>新しいフォルダーをそのまま使う場合、写真は {old} に残ります。</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>各写真はコピーして確認してから古いものを削除するため、移動が中断されても失われることはありません。</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>新しいフォルダーをそのまま使う(&amp;U)</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>ライブラリフォルダーを {folder} に変更できませんでした。</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>ヘッドショットの作成中はライブラリを移動できません（作成されたヘッドショットはライブラリに保存されます）。</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>実行が終わるまで待つか（またはキャンセルして）、設定でもう一度フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>ライブラリを {folder} に移動しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>ライブラリを移動しています</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>ライブラリは {folder} に移動しましたが、次のものを {old} から削除できませんでした: {listed}。</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>これらはコピーまたはご自身のファイルです。不要であれば手動で削除してください。</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>移動をキャンセルしました。ライブラリは {old} に残ります。</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>ライブラリを {folder} に移動できませんでした。{old} からは何も削除されていません。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>スタイル別</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>写真で絞り込み</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>スタイルで絞り込み</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>並べ替えとグループ化</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 保持(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>選択したヘッドショットを保持</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>選択したヘッドショットをゴミ箱に移動</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>写真:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>並べ替え:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>ヘッドショット(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>元写真(&amp;O)</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>取り込んだ写真: 確認、保持、ゴミ箱への移動ができます</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>すべての写真</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>すべてのスタイル</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>ヘッドショット ({count})(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>元写真 ({count})(&amp;O)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>ライブラリを利用できません</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>選択したものの一部をゴミ箱に移動できませんでした。</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>{photos}と{headshots}をゴミ箱に移動しました。</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>ゴミ箱に移動したものはありません。</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>あなたの別の写真</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>追加の写真を読み込み、メタデータを削除しています…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>API キーとライブラリ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · スタイル&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>自撮り写真を開く</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>クリップボードに画像がありません。先に写真をコピーしてから貼り付けてください。</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>写真を読み込み、メタデータを削除しています…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>プロバイダーが提供する最高の詳細レベルで、必要なサイズ（その大きさで作成できる場合）でこのヘッドショットを作り直します。有料のリクエストで、送信前に費用が表示されます。</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>それでも拡大してエクスポートします。大きくなりますが、鮮明にはなりません。</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>拡大: {available} から作られた {needed} ピクセルのファイルになります。そのサイズで作成したヘッドショットよりぼやけて見え（特に印刷時）、細部は増えません。</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>ピクセル数が不足しています</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>高詳細で仕上げる(&amp;H)…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>それでも拡大(&amp;A)</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}高詳細で作り直すか、それでも拡大してください。単純な拡大はぼやけて見え、細部は増えません。</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}それでも拡大するか（単純な拡大はぼやけて見え、細部は増えません）、より大きな画像を作成できるプロバイダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>プレビューを描画できませんでした。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>詳細はログを参照してください。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>画像プロバイダー</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>バリエーション数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>写真とスタイルを選んでください。</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>費用の見積もり</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>生成(&amp;G)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>ヘッドショットを生成</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>写真の送信先</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>すべてのヘッドショットで残す特徴</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>比較(&amp;O)…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>このスタイルを複数のプロバイダーで同時に作成し、並べて表示します</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>その他のオプション(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>バリエーション(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>詳細(&amp;D):</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>形状(&amp;A):</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · オプション&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>その他のオプション ({count})(&amp;M)</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>ヘッドショットはまだありません</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>ヘッドショットはまだありません</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>{time} に取り込み</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ファイル: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ 保持済み: 保存期間の設定で削除されることはありません</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>ファイルを読み込めません</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>元写真</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;取り込んだ写真（メタデータは削除済み）です。ヘッドショットはこれらから作成されます。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 保持(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>選択した写真を保持</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>ゴミ箱に移動(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>選択した写真をゴミ箱に移動します。そのヘッドショットも移動するかどうかを選べます</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>ヘッドショットを表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>OriginalsTrash</name>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>まだ使用中です</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>写真「{name}」をゴミ箱に移動しますか？</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>この写真から作成されたヘッドショットはありません。システムのゴミ箱から元に戻せます。</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>これらの写真から作成されたヘッドショットはありません。システムのゴミ箱から元に戻せます。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>写真とヘッドショット</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>写真とヘッドショット</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>写真のみ</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>写真のみ</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>人物リスト (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>写真からメンバーを追加</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>フォルダー内の全員を追加</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>リストからメンバーを追加</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>{file} のメンバーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>これらの写真を追加できませんでした。</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>写真が見つかりませんでした。写真（JPEG、PNG、WebP、HEIC…）またはそれを含むフォルダーを追加してください。</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>これらのメンバーをバッチに追加できませんでした。</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>メンバーを削除するには、先にバッチを停止してください。</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>削除できるのは待機中のメンバーだけです。他のメンバーはすでに実行されています。</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>バッチから削除しますか？</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>{names} をバッチから削除しますか？</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>これらのメンバーをバッチから削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: なし</translation>
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
        <translation>バッチのメンバー</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>メンバーを選択するとバリエーションが表示されます。Enter を押してから 1〜4 で最適なものを選んでください。</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>トリミングを調整(&amp;J)…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>このメンバーのヘッドショットのフレーミングを調整します</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>{name} の選択を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>カメラの写真</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>選択した写真。ドロップまたはクリックで置き換えます</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>写真の状態</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>写真ファイルを開く</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>写真を貼り付け</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>カメラ(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>カメラで写真を撮る</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · あなたの写真&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · メタデータを削除しました。別の写真をドロップすると置き換えます。</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットを {made_as} としてクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをコピーできませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをドラッグ用に準備できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>%n 枚中 {number} 枚目のヘッドショットをドラッグ用に準備しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをドラッグで取り出せませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>元写真 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>ヘッドショット %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>以前に {app} で削除した写真とヘッドショット %n 件が、まだシステムのゴミ箱にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>%n 件のファイルがすでに {folder} にあります:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>ほか %n 件（「詳細を表示」を参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>%n 件のファイルを書き込みます: {names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをエクスポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>%n 件のファイルを {folder} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>すでにある %n 件のファイルをスキップしました: {names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>残りの %n 件の前にエクスポートを停止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>これより前に %n 件のファイルがエクスポートされました: {names}。残りを続けるには、もう一度エクスポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>%n 個の特徴を保持…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} はまだ使用中のため、何もゴミ箱に移動されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>「作成」ページで開いているか、実行中の処理で必要とされています。別の写真を開くか、実行が終わるのを待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>この写真から %n 枚のヘッドショットが作成されています。それらもゴミ箱に移動しますか？ それとも写真なしでライブラリに残しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>これらの写真から %n 枚のヘッドショットが作成されています。それらもゴミ箱に移動しますか？ それとも写真なしでライブラリに残しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>%n 枚の写真をゴミ箱に移動しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>このうち %n 件は保持済みです: {names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>ライブラリ（写真 %n 枚）を {folder} に移動しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>ライブラリを {folder} に移動しています…
%n 件中 {done} 件のファイルをコピーして確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>%n 枚の写真を {folder} に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>保持の設定を変更できませんでした（%n 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>写真 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>%n 枚の写真をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>あなたの追加の写真 %n 枚が、メタデータを削除したうえでこの写真と一緒に送信されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>ライブラリのインデックスをファイルから再構築しました。%n 枚のヘッドショットのスタイル、プロンプト、費用が復元されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n 件は復元できませんでした: {names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>ライブラリフォルダー内の %n 件のリンクはたどりませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>その他のオプション: {provider} の %n 個のオプション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>費用: &lt;b&gt;無料&lt;/b&gt;: {hosts} のサーバーで %n 枚の画像を作成します。クラウドサービスには何も送信されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>費用: &lt;b&gt;無料&lt;/b&gt;: {title} がこのコンピューター上で %n 枚の画像を作成します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>見積もり費用: %n 枚の画像で &lt;b&gt;{price}&lt;/b&gt;。お客様のキーで {title} に支払われます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>見積もり費用: %n 枚の画像で &lt;b&gt;{price}&lt;/b&gt;。{title} に支払われます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>当時ライブラリに保存できなかったため、支払い済みのヘッドショット %n 枚が {folder} に保管されています。今すぐライブラリに移動しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットをライブラリに移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>{total} 件中 %n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>完了 · ヘッドショット %n 枚 · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>完了 · ヘッドショット %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>%n 枚のヘッドショットを {folder} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 個のバリエーション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>残りの %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;あなたの写真が他にもあると、より本人らしくなります（任意、最大 %n 枚）:&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>LinkedIn の円形、%n ピクセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>幅 %n ピクセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n ピクセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n ピクセル（コメント横の表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>チームページのタイルとして、幅 %n ピクセル。全員に同じフレーミングを使うと、頭の大きさが揃います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} を紙の上での実寸 {size} で表示しています（この画面が報告するサイズに基づく、1 インチあたり %n ピクセル）。定規を当てて確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} を紙の上でのおおよそのサイズ {size} で表示しています。この画面は実際のサイズを報告しないため、アプリは 1 インチあたり %n ピクセルとしています。表示サイズは概算です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>{title} を使用しますか？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;写真を送信する前に、{title} が写真をどう扱うかをお読みください。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title} が写真をどう扱うかをお読みください。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>{title} を使用</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>画像プロバイダー</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>写真の送信先と、プロバイダーが保持するもの</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>お使いのキーで利用できるモデル</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>レンダリング中の簡易プレビュー</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> 枚のプレビュー（レンダリング中）</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>プロバイダー(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>プレビュー(&amp;R):</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider} には API キーは不要です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API キー</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider} はプレビューを送信しません。</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>キーで利用できる最新版（推奨）</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>プロバイダーの既定</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>キーで利用できるモデルを一覧表示しています…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>キーで利用できるモデルを一覧表示できませんでした。{reason} 選択したモデルはそのまま残り、別のモデル名を入力することもできます。</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider} にはこのキーで利用できる画像モデルがありません。モデル名を入力できます。</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>下書き（低）</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>標準（中）</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>最高（高）</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>スタイルの指定どおり</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦長</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横長</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>写真は「生成」を押したときにのみ {hosts} の {title} に送信されます。クラウドサービスには何も送信されません。アカウントも追跡もありません。</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>写真は「生成」を押すまでこのコンピューターに留まり、その後ピクセルデータだけが HTTPS で {title}（{hosts}）に送信されます。アカウントも追跡もありません。</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>写真は「生成」を押すまでこのコンピューターに留まり、その後ピクセルデータだけが HTTPS で {title} に送信されます。アカウントも追跡もありません。</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>写真がこのコンピューターから出ることはありません。{title} がここでヘッドショットを作成します。アカウントも追跡もありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが &lt;b&gt;{hosts}&lt;/b&gt;（お使いのネットワーク上）の &lt;b&gt;{title}&lt;/b&gt; に送信されます。クラウドサービスには何も送信されません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが &lt;b&gt;{hosts}&lt;/b&gt;（このコンピューター上）の &lt;b&gt;{title}&lt;/b&gt; に送信されます。クラウドサービスには何も送信されません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、{hosts} の &lt;b&gt;{title}&lt;/b&gt; がこのコンピューター上でヘッドショットを作成します。写真がこのコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、&lt;b&gt;{title}&lt;/b&gt; がこのコンピューター上でヘッドショットを作成します。写真がこのコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが、お客様自身の API キーを使って HTTPS で &lt;b&gt;{title}&lt;/b&gt;（{hosts}）に送信されます。それ以外のものがコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが HTTPS で &lt;b&gt;{title}&lt;/b&gt;（{hosts}）に送信されます。それ以外のものがコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが、お客様自身の API キーを使って HTTPS で &lt;b&gt;{title}&lt;/b&gt; に送信されます。それ以外のものがコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;を押すと、選択した写真（縮小し、位置情報やカメラ情報などのメタデータをすべて削除したもの）とスタイルのテキストが HTTPS で &lt;b&gt;{title}&lt;/b&gt; に送信されます。それ以外のものがコンピューターから出ることはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;{title} が保持するもの:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>{date} 時点の {title} の規約です。</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>不明（{reason}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>約 {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{hosts} の {title}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: API キーは不要</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>{title} の API キー: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>写真 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>一部の設定が破損していました</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>別に保管されたヘッドショット</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>別に保管されたヘッドショットの数を確認できませんでした。</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>次のものはまだ移動できませんでした:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>保管されたヘッドショット</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>保管されたヘッドショットをライブラリに移動できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>本人らしさを保つため、あなたの別の写真を追加します</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} は追加の写真を受け付けません。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: クリックで削除</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>追加の写真 {number}（{name}）を削除</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>このヘッドショットを調整</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>変更内容（例:「ネクタイを赤から紺に」「笑顔を控えめに」）</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>アプリは自撮り写真と一緒に {name} を送信するため、変更後も本人らしさと残したい特徴が保たれます。</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>調整(&amp;R)</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>同じ写真から作成した {style} の新しいバリエーション。</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name} を最高の詳細レベルで作り直しました。</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>高詳細で仕上げ</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider} は作成する画像の大きさを公表していないため、仕上げてもまだ足りない場合があります。</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider} は {size} ピクセルで作り直せます。これで十分です。</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>{provider} が作成できる最大の画像は {size} ピクセルで、このヘッドショットと変わりません。</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>{provider} が作成できる最大の画像は {size} ピクセルで、フレーミング後は {framed} になります。近づきますが、まだ足りません。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name} を最高の詳細レベルで作り直しました（プロバイダーはサイズを公表していません）。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name} を最高の詳細レベルで、{provider} が作成できる最大サイズ {size} ピクセルで作り直しました。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name} を最高の詳細レベルで、{size} ピクセルで作り直しました。</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>{destination} には十分です。</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination} には {needed} が必要です。約 {framed} から拡大されます。</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}、保持済み</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
保持済み: お気に入り</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} を読み込めませんでした。</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name} を開けませんでした。</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>選択したヘッドショットの一部をゴミ箱に移動できませんでした。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>ここにヘッドショットが表示されます。</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>下の結果を選ぶとここに表示されます。</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 保持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>調整(&amp;R)…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>本人らしさを保ちながら、指示どおりにこのヘッドショットを変更します（内容を入力）</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>もう一度(&amp;G)</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>同じスタイルと写真で新しいバリエーションを作成</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>高詳細で仕上げ(&amp;F)</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>これを最高の詳細レベルで作り直す</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · 「{instruction}」</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>レンダリング中…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保持済み</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>保存期間の設定を適用できませんでした。</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>保存期間の設定を完全には適用できませんでした。{problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>フォルダー {folder} を表示できませんでした。</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>ファイルマネージャーでそのフォルダーを開いてください。</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>バッチの費用を確認するには、チームキットを開くか作成し、メンバーを追加してください。</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>バッチの費用を計算できませんでした。</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>バッチを作成できませんでした。</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>バッチが停止しました。</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>このキットはこのコンピューターでは使用できません。</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>作成待ちのメンバーはいません。</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>開始(&amp;A)</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>開始 · {price}(&amp;A)</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>費用を計算しています…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>失敗したメンバーを再度キューに入れられませんでした。</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>停止しています… 作成中のメンバーはキューに戻ります。</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>バッチを停止しました。いつでも再開できます。</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>ネットワーク上のこのサーバーを信頼する（暗号化なしの http://）</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>ネットワーク上のこのサーバーを信頼する</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>暗号化なしの http:// では、写真は暗号化されずにネットワークを通過するため、同じネットワーク上の誰でも見ることができます。信頼できるネットワーク上の自分のサーバーの場合にのみチェックするか、https:// を使用してください。</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>サーバーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>サーバーの状態</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>写真を取り込めませんでした。</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>ライブラリフォルダーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>ライブラリの一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>{name} の作成元の自撮り写真はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>{name} のバージョンを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>ヘッドショット {name} を読み込めませんでした。</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>移動または削除された可能性があります。F5 を押すとライブラリフォルダーを再度読み込みます。</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>ヘッドショット {name} を表示できませんでした。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>{total} 枚中 {index} 枚目の画像をレンダリングしています…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>{total} 枚中 {index} 枚目の画像を作成しています… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} {seconds} 秒後に再試行します…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>保存期間の設定どおりに古い写真を削除できませんでした。</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>キャンセル済み · 何も保存されていません</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>ヘッドショットの作成中に問題が発生しました。</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>実行を開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>生成後、別の写真に移ったらゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>指定した日数が経過したらゴミ箱に移動</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>プロバイダー &amp;&amp; キー(&amp;K)</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>ライブラリフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>元写真の扱い</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>元写真を残す日数</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>ログを残す日数</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>元写真(&amp;O):</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…経過日数:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;保持済みの元写真（ライブラリ ▸ 元写真）と、保持済みヘッドショットの元写真は常に残ります。この設定でヘッドショット自体が削除されることはありません。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>ログの保存期間(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N):</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;新しい言語はアプリの次回起動時に適用されます。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>プライバシー &amp;&amp; データ(&amp;P)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに従う（{language}）</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>アプリが保存するものはすべてこのコンピューター上にあります: ライブラリフォルダー、サムネイル、ログ、設定、システムのキーリング内の API キー。生成元の写真を選択した画像プロバイダーに送る以外、どこにも何も送信されません。</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>すべてのデータをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>すべてのデータを zip ファイルとしてエクスポート</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>すべてのデータを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>すべてのデータを削除</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>ライブラリフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>応答がありませんでした。</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>モデルの一覧を取得できませんでした。</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>組み込みのスタイルは編集できません。代わりに新しいスタイルを作成してください。</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>縦長（幅より高さが大きい）</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>横長（高さより幅が大きい）</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>スタイルを編集</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>新しいスタイル</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>スタイル名</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>スタイルの説明</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>スタイルのプロンプト</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>変更したい点（服装、背景、照明、フレーミング）を入力してください。顔をそのまま保つ指示はアプリが追加します。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>プロンプト(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>形状(&amp;S):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>スタイルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>マイスタイル</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>スタイル</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>チームキット (*.headshot-kit.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>チームキット</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>新しいキット(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>新しいチームキットを作成</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>キットを開く(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>チームキットのファイルを開く</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>キットに名前を付けて保存(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>共有用にチームキットをファイルとして保存</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>写真を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>写真からメンバーを追加</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>写真 1 枚につき 1 人</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>フォルダーを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>写真フォルダー内の全員を追加</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>フォルダー内の写真 1 枚につき 1 人</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>CSV から追加(&amp;M)…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>リストからメンバーを追加</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>CSV ファイル: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>または写真やフォルダーを表にドロップします。</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>続行(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>停止したバッチを続行</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>バッチの費用</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>支出上限（ドル）</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>次のメンバーでこの金額を超える場合、その前にバッチが停止します。</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>支出上限(&amp;G):</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>開始(&amp;A)</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>バッチを開始</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>バッチを停止します。後で続行できます</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>失敗分を再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>エラーで停止したメンバーを再度キューに入れます（料金は発生していません）</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>バッチの進行状況</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>バッチの状況</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>すべてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>完了した全員のヘッドショットをエクスポート</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>エクスポートしたファイルをフォルダーで表示</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>チームバッチを読み込めませんでした。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;チームキット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>チームキットはまだありません。「新規…」で作成するか、同僚が共有したキットを開いてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt;（{file}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt;（未保存）</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>このキットはこのコンピューターでは使用できません: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>チームキットを開く</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>チームキット {file} を開けませんでした。</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>チームキットを保存</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>チームキットを {file} に保存できませんでした。</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>チームキットを {file} に保存しました。</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>バッチは独自のキットで実行中です。別のキットを選ぶ前に停止してください。</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>新しいバッチはこのキットで開始されます。以前のバッチはライブラリに残ります。</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>チーム全体を 1 つの統一されたバッチで: 1 つのキットで全員のヘッドショットを作成</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>拒否 — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>失敗 — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>残り約 {hours} 時間</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{done}/{total} · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>プロバイダーのレート制限を待っています · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>{who}: サーバー上で無料</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>サーバー上で無料</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>{who}: このコンピューター上で無料</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>このコンピューター上で無料</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>費用不明</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>{who}の費用は不明です（{reason}）。</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>{who}の費用は不明です。</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>{who}で約 {cost}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>約 {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{who}で {cost}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>カスタムプロンプト</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · エクスポート: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>このバッチは {total} 件中 {done} 件完了した時点で停止しました。</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>実寸プレビュー</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>チームページのタイル</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>紙の上での実寸で印刷</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>LinkedIn(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>チームページ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;あなたの名前&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>あなたの役職</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>LinkedIn での表示: 円形で、プロフィールページからコメント横のサイズまで。</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>LinkedIn での表示: 円形で、プロフィールページからコメント横のサイズまで。正方形でない画像の場合、LinkedIn は中央の正方形部分を使用します。</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>Print 8 × 10 や Casting 5 × 7 などの印刷サイズを選ぶと、紙の上での実寸で表示されます。</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} インチ</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>ヘッドショットをクリックするか番号（1〜4）を押して、エクスポートするものを選びます。</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>どれも本人らしく見えますか？ 左側の本人の写真と比較してください。</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>本人の写真</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;本人の写真&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>このメンバーのヘッドショットについて</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;メンバーを選ぶと&lt;/b&gt;ヘッドショットが表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>このメンバーのヘッドショットはまだありません。</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>{name} のヘッドショットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>ライブラリにありません</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>このヘッドショットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · 選択済み</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>バリエーション {number}、選択済み</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>バリエーション {number}</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: 最初</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>バージョン {number}: 最初</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: 「{instruction}」</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>バージョン {number}: 「{instruction}」</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>{provider} の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>設定でキーを入力するか、{variables} を設定してください。</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>Black Forest Labs の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>設定のリージョン</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>BFL の配信ホスト</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>BFL が示したリンク</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} から BFL のものではない応答がありました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>{service} アカウントのクレジットがなくなりました。</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>{address} でクレジットを追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} は {model} を提供していません。</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} がリクエスト内の値を拒否しました。</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>別のモデル、形状、詳細レベル、または別の写真を選んでください。</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>{service} で同時に実行中のジョブが多すぎます。</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>しばらく待ってからもう一度試すか、一度に要求するバリエーションを減らしてください。</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>設定でモデルを確認するか、別の写真をお試しください。</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>{service} のモデレーションにより、開始前に写真またはスタイルのテキストが問題ありと判定されました{reasons}。BFL はこれに料金を請求しません。</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>別の写真（明るく、あなただけが写っているもの）または別のスタイルをお試しください。</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>{service} のモデレーションにより、作成されたヘッドショットが問題ありと判定されたため、配信されませんでした{reasons}。BFL はこれに料金を請求しません。</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} で画像の作成中にエラーが報告されました{reasons}。</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} は指定されたジョブをもう認識していません（Task not found）。</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} からアプリが認識できないジョブの状態が報告されました:「{status}」。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、アプリを更新してください。</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>完成したヘッドショットへのリンクが、取得する前に期限切れになりました。</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>完成したヘッドショットを {service} から取得できませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL は画像を作成し、料金を請求している可能性があります。もう一度試して新しく作成してください。</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>キャンセルしました。Black Forest Labs はキューに入ったジョブを停止できないため、ジョブが完了して料金が請求される可能性があります。</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>Black Forest Labs の {model} が受け付ける参照写真は最大 {count} 枚です。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>参照写真を減らすか、別の FLUX モデルを選んでください。</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>ID のないジョブの応答</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>BFL 外のポーリングアドレス（{host}）</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>JSON オブジェクトではないジョブの状態</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>画像への https リンクのない完了済みジョブ</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} が {seconds:.0f} 秒以内に画像を完成させなかったため、アプリは待機を終了しました。</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>ジョブが完了して料金が請求される可能性があります。再試行する前に使用状況のページを確認してください。</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>どのヘッドショットよりも大きな画像</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>キャンセルしました。Black Forest Labs はすでに画像を作成しており、料金が請求されます。</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs は、API に送信された写真や画像をどのくらいの期間保持するか、学習に使用するかを公表しておらず、どちらも確認できませんでした。API の規約をお読みください: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>写真は既定で BFL の EU ホスト（api.eu.bfl.ai、BFL が EU リージョンでのみ運用）に送信されます。代わりにグローバルまたは米国のホストを選ぶこともできます。</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>完成したヘッドショットは、約 10 分間有効なリンクを通じて BFL の別のホスト（delivery…bfl.ai）から返されます。アプリはキーを使わずにすぐに取得します。</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <source>us</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>BFL が写真を受け取る場所: EU ホスト（既定）、グローバルホスト、または米国ホスト。</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>BFL がヘッドショットを送信する形式。</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>https:// を使用するか、設定で「ネットワーク上のこのサーバーを信頼する」にチェックを入れてください（コマンドラインでは --trust-server を 1 回）。信頼できるネットワーク上でのみ行ってください。暗号化なしの http:// は途中で読み取られる可能性があります。</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>ComfyUI のアドレス {address} は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>ComfyUI サーバー {server} には暗号化なしの http:// で接続することになり、写真が暗号化されずにネットワーク上を送信されます。</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>設定のアドレスが ComfyUI サーバーのものか確認してください。</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>{server} の ComfyUI</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} がリクエストを拒否しました（HTTP 403）。</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>ComfyUI をプロキシの背後や特別な設定で実行している場合は、それらを確認してください。</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} は ComfyUI のように応答しません（HTTP 404）。</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} で問題が発生しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>ComfyUI のウィンドウまたはログを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} はリクエストを実行できませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>設定でワークフローとサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>ノード {node}（{type}）: {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} がワークフローを拒否しました: {reason}。</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>指定されたもの（モデルファイルまたはカスタムノード）をサーバーにインストールするか、別のワークフローを選んでください。</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>ノード {node}（{type}）</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} にはこのモデルに十分な GPU メモリがありません（約 {size:g} GB 必要です）。</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} にはこのモデルに十分な GPU メモリがありません。</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>設定でより小さなワークフロー（FLUX.2 [klein] 4B）を選ぶか、GPU を使用している他のプログラムを閉じるか、より大きな GPU を持つサーバーを使用してください。</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} は {node} でエラーが発生して停止しました: {reason}。</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>詳細は ComfyUI のウィンドウまたはログを確認してください。</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} がヘッドショットの作成中に再起動したか、実行を失いました。</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>ヘッドショットの作成中に {service} への接続が切断されました。</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>何も保存されていません。ComfyUI が実行中か確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>{service} で実行が停止されました（そちらでキャンセルが押されたか、中断されました）。</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>{service} のライブ接続（WebSocket）を開けませんでした。</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>設定のアドレスで ComfyUI が実行中か確認してください。</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>{address} から応答がありません。</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>そのアドレスで ComfyUI が実行中か、また設定のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>{address} のサーバーは ComfyUI ではありません。</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>設定のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>（バージョン不明）</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>GPU がないため、プロセッサーで実行されます（非常に低速）</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu}（{size:.1f} GB）</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>{server} で ComfyUI {version} が見つかりました: {memory}。</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: そのライセンス（{licence}）では商用利用は認められていません。</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>オブジェクトではないノードリスト</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI ワークフロー {workflow} は参照写真を受け付けませんが、{chosen} 枚が選択されています。</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>ComfyUI ワークフロー {workflow} が受け付ける参照写真は最大 {count} 枚ですが、{chosen} 枚が選択されています。</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI ワークフロー {workflow} が受け付ける参照写真は最大 {count} 枚ですが、{chosen} 枚が選択されています。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>参照写真を減らすか、{{{{reference_1}}}}、{{{{reference_2}}}}、… のスロット（それぞれに LoadImage）を持つワークフローを選んでください。</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>ファイル名のないアップロードの応答</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} が {minutes:.0f} 分以内に完了しなかったため、実行を停止しました。</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>小さな GPU（または CPU）で大きなモデルを使うと、非常に遅くなることがあります。</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} がヘッドショットを作成しています…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} は画像なしで終了しました。</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>ワークフローが PreviewImage または SaveImage ノードで終わっているか確認してください。</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI（ご自身のサーバー）</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>クラウドサービスには何も送信されません。写真はご自身が運用する ComfyUI サーバーにのみ送信され、その保持はサーバー自体の設定に従います。アプリは写真を一時ファイルとしてアップロードし（ComfyUI は起動時にそれらを消去します）、ヘッドショットが戻るとサーバーの履歴から実行を削除します。</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>同梱のワークフローは、一度サーバーにダウンロードするオープンウェイトのモデルを使用します。ライセンスはそれぞれ異なります（FLUX.1 Kontext [dev] は非商用利用のみ）。</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511（最も本人らしい）</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B（高速、小さな GPU 向け）</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev]（非商用利用のみ）</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>作成者の記載どおり</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>{name} という ComfyUI ワークフローはありません。</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>既知のワークフロー: {names}。または独自の API 形式ワークフローファイルのパス。</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>ワークフローファイル {path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>ワークフローファイル {path} は大きすぎます（2 MB 超）。</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>ワークフローファイル {path} は有効な JSON ではありません（{reason}）。</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>ワークフローファイル {path} は ComfyUI の API 形式ではありません。</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>ComfyUI で Workflow ▸ Export (API) を使い、そのファイルを選んでください。</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>ワークフローファイル {path} に {placeholders} プレースホルダーがありません。</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>LoadImage が画像を指定する箇所に {{{{photo}}}} を、テキストの箇所に {{{{prompt}}}} を入れてください。{{{{seed}}}}、{{{{width}}}}、{{{{height}}}} は任意です。</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>ワークフローが {placeholder} を要求していますが、アプリはこれを埋めません。</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>既知のプレースホルダー: {names}。</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} には「{type}」というノードがありません（このワークフローのノード {node}）。</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>ComfyUI を更新するか、それを提供するカスタムノードをインストールしてください。</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>このワークフローは、画像をクラウドサービスに送信するノード「{type}」を使用しているため、アプリは実行しません。</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>サーバー上だけで実行されるワークフローを選んでください。</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>{server} の「{type}」ノードには「{name}」という入力がありません（ノード {node}）。</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>ComfyUI を更新してください。このワークフローは新しいバージョン向けに作成されています。</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} には、{workflow} に必要なモデルファイル {file}（{type}）がありません。</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} ComfyUI の models/{folder} フォルダーに置いてください（約 {size:g} GB。{address} から入手できます）。</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>サーバーにダウンロードして ComfyUI を再起動するか、別のワークフローを選んでください。</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>フェイクプロバイダー（開発者向け）</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>このコンピューターからは何も送信されません。フェイクプロバイダーは画像をローカルで作成し、何も保持しません。</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>見た目</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>暖色</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>寒色</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>モノクロ</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>フェイクのヘッドショットに付ける色味。</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>この失敗は意図的に要求されたものです。止めるには {variable}（または fail オプション）を解除してください。</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>フェイクプロバイダーが API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>フェイクプロバイダーがモデルへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>フェイクプロバイダーのアカウントのクレジットがなくなりました。</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>フェイクプロバイダーがリクエストの送信速度を制限しています。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>フェイクプロバイダーの安全システムが、この写真またはスタイルのプロンプトを拒否しました。</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>フェイクプロバイダーはリクエストを実行できませんでした。</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>フェイクプロバイダーは要求されたものを提供していません。</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>フェイクプロバイダー側で問題が発生しました。</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>フェイクプロバイダーへの接続が中断されました。</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>フェイクプロバイダーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>フェイクプロバイダーから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>フェイクプロバイダーは {value} で失敗させることはできません。</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>{kinds} のいずれかを使用してください（必要に応じて後ろに :N を付けます）。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>フェイクプロバイダーのレイテンシー {value} は 0〜3600 の秒数ではありません。</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>{variable} またはレイテンシーのオプションを修正してください。</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>フェイクプロバイダーには {model} というモデルはありません。</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>モデルを空欄にするか、{model} を選んでください。</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>フェイクプロバイダーは動作しています。このコンピューター上で無料でヘッドショットを作成します。</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>フェイクプロバイダーには {look} という見た目はありません。</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>{looks} から選んでください。</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>このコンピューター上でフェイクのヘッドショットを作成しています…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>フェイクプロバイダーは写真を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>別の写真をお試しください。</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>Gemini の {model} が受け付ける参照写真は最大 {count} 枚です。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>参照写真を減らすか、より新しい Gemini 画像モデルを選んでください。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>{service} の安全システムが、作成前にリクエストをブロックしました（{reason}）。写真またはスタイルのテキストが問題ありと判定されました。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>{service} の安全システムが、作成したヘッドショットを停止しました（{reason}）。</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>結果が既存の画像に似すぎていたため、{service} が停止しました。</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} はヘッドショットを作成せず、テキストで応答しました。</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>これは Gemini が断るときの応答です。別の写真または別のスタイルをお試しください。</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>今回 {service} は画像を作成しませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>別の写真（明るく、あなただけが写っているもの）または別のスタイルをお試しください。同じ写真とスタイルで再試行しても、再び拒否される可能性が高いです。</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>Gemini API バージョン {version} は Google が提供しているものではありません。</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>v1 または v1beta を使用してください（または {variable} を解除してください）。</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Gemini の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>{service} キーのプリペイドクレジットを使い切りました。</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Google AI Studio（{address}）でクレジットを追加するか請求設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>このキーはそのままでは {service} で使用できません。</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Google AI Studio でキーのプロジェクトの課金を有効にしてください。無料枠はすべての地域で提供されているわけではありません。</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>キーのプロジェクトで Gemini API が有効になっていて、このモデルを使用できることを確認してください。</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} はこのキーに {model} を提供していません。</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} はこのキーに要求されたものを提供していません。</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>設定で別のモデルを選んでください（「キーをテスト」でキーが使えるモデルが一覧表示されます）。</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} で画像の作成に時間がかかりすぎました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>設定でモデルと詳細レベルを確認するか、別の写真をお試しください。</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>{service} に正常に接続できませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} から Gemini のものではない応答がありました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Google AI Studio でキーのプロジェクトを確認するか、設定でモデル名を入力してください。</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google は不正利用の監視のため、プロンプトと画像を最大 55 日間保持します。有料（課金が有効な）プロジェクトでは、製品の改善には使用しません。</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>無料枠では、送信した内容が Google の製品改善に使用されたり、Google の担当者が閲覧したりする場合があります。課金を有効にした Google Cloud プロジェクトのキーを使用してください。</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>2026 年 10 月 26 日以降に作成されたプロジェクトでは、Google AI Studio でログ記録をオフにしない限り、リクエストのログが保存されます。アプリは各リクエストをログに記録しないよう Google に求めますが、AI Studio でログ記録をオフにすると確実です。</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Google の規約では、Gemini API は 18 歳以上の方による業務用またはビジネス用とされています。</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>私の Gemini API キーは、課金が有効なプロジェクト（有料枠）に属しています。</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Gemini が作成するすべての画像には、AI で作成されたことを示す Google の不可視の SynthID 透かしが入ります。</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>プロンプトが空です</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>プロンプトが {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>形状 {shape} は {shapes} のいずれでもありません</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>詳細レベル {level} は {levels} のいずれでもありません</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>プレビューの数は 0〜{most} にしてください</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>バリエーションは最大 {most} 個です</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>参照写真は最大 {most} 枚です</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>これらの生成設定は使用できません: {problems}。</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>設定で変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>モデル {model} は {when} に提供終了しました。設定で別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>モデル {model} は {when} に提供終了となります。それまでに設定で新しいモデルを選んでください。</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>{service} にアップロードしています… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>{service} にアップロードしています…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>ヘッドショットを受信しています… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>ヘッドショットを受信しています…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>{service} を待っています…</translation>
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
        <translation>写真のカラープロファイルを使用できませんでした。色が少し異なって見える場合があります</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>写真の透明部分を白で塗りつぶしました</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>ファイルが破損しているか不完全です</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>別のアプリで開いて確認するか、別の写真を選んでください。</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>写真の小さいコピーを使用してください（幅数千ピクセルあれば十分です）。</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>このコンピューターでは {format} の写真を開けません</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>先に JPEG に変換してください。</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>画像が大きすぎます（{megapixels} メガピクセル）。上限は {limit} メガピクセルです</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>画像が大きすぎます。上限は {limit} メガピクセルです</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>画像が大きすぎます（{width} × {height} ピクセル）。上限は {limit} メガピクセルです</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>画像がヘッドショットには小さすぎます（{width} × {height} ピクセル）。短辺が {minimum} ピクセル以上必要です</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>より大きな写真（例えばスマートフォンやカメラのオリジナル）を使用してください。</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>アニメーション GIF: 最初のフレームを使用しました</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>TIFF ファイルに複数のページがあります: 最初のページを使用しました</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>HEIC ファイルに複数の画像があります: 最初の画像を使用しました</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>ファイルに複数の画像があります: 最初の画像を使用しました</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>アニメーション画像: 最初のフレームを使用しました</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>この画像を開くのに十分なメモリがありません</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>プロバイダーの上限 {limit} に収まるよう、写真を {width} × {height} ピクセルに縮小しました</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG、PNG、HEIC、WebP、TIFF、BMP、GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>写真の小さいコピーを使用してください。</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>画像が読み取れないカラー形式を使用しています</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>JPEG または PNG で保存して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>写真を選んでください: {formats}。</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>JPEG または PNG の写真としてエクスポートまたは保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>別の写真を選んでください。</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>Headshot Desktop が読み込める写真ではありません</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>これは写真ではなく PDF 文書です</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>先にページを JPEG または PNG 画像としてエクスポートしてください。</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>これは写真ではなく Web ページ（HTML）です</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>ページから画像そのものを保存し（右クリックして「名前を付けて画像を保存」）、そのファイルを使用してください。</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>これは写真ではなく SVG 図形です</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>これは写真ではなく XML 文書です</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>これは写真ではなくテキストファイルです</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>これは写真ではなく動画です</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>動画から静止画を切り出すか、写真を選んでください。</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>これは写真ではなく圧縮アーカイブです</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>先に展開してから、中の写真を選んでください。</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>{format} ファイルには対応していません</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>カメラ RAW</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>アイコン (ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>写真の小さいコピー（JPEG で十分です）をエクスポートして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>ファイルのアクセス許可を確認するか、自分のフォルダーにコピーしてそのコピーを選んでください。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>これは写真ではなくフォルダーです</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>フォルダーを開いて、中の写真を選んでください。</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>画像が空です</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>画像が大きすぎます（{size}）。上限は {limit} です</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>ファイルが大きすぎます（{size}）。上限は {limit} です</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>写真ファイルを選んでください。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>ファイルを読み込めません（アクセスが拒否されました）</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>ファイルを読み込めません（{error}）</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} はフォルダーではなく（{target} への）リンクです。Headshot Desktop はライブラリの外へのリンクをたどらないため、このライブラリには手を付けません。</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>リンクを実際のフォルダーに置き換える（写真をそこに移動する）か、設定で別のライブラリフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} は 4 つの数値 x,y,w,h（幅と高さに対する割合。例: 0,0.1,1,0.7）ではありません。</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} は 4 つの数値 x,y,w,h ではありません。それぞれ 0 から 1 までの数値にしてください。</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} に数値ではない値が含まれています。</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x と y はトリミングの開始位置で、0（左、上）から 1 未満です。</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: 幅と高さは 0 より大きく、1（画像全体）以下にしてください。</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} は画像の端を超えています: x + w と y + h は 1 以下にしてください。</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path}（リンクまたはファイルではないため、コピーしていません）</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path}（リンクまたはライブラリ外のため、コピーしていません）</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>エクスポートの書き込み</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>アプリで削除した {count} 件のファイルをシステムのゴミ箱から削除しました。</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>ゴミ箱を空にするまで、そこに残ります。</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>アプリで削除した {count} 件のファイルがまだシステムのゴミ箱にあります: {names}。{hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>何も削除されていません: すべてのデータの削除には明示的な確認が必要です。</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>すべてを削除することを確認してください。</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>ライブラリフォルダー {folder} が見つからなかったため（ドライブは接続されていますか？）、写真は削除されていません。その場所を示す設定は残してあります。ドライブを接続して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>{folder} のライブラリ: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>ライブラリフォルダーの設定（{error}）</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what} は PNG では {size} となり、上限の {limit} を超えます。</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>JPEG または WebP を選んでください。ファイルが収まるまで品質が下げられます。</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what} は品質 {quality} でも {limit} に収まりません。</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>より小さいサイズか、サイズ上限のないプリセットを選んでください。</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>ファイル名のテンプレートで、既知のフィールドではない {field} が使われています。</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>{fields} を使用してください。</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>ファイル名のテンプレート {template} は無効です。</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>{format} としてエクスポートできません。</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>PNG、JPEG、WebP のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>品質 {quality} は範囲外です。</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>1 から 100 までの数値を使用してください。</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>{name} をエクスポートできません: ファイルが破損しているか、画像ではありません。</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{preset} 用の {name}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>ヘッドショットのエクスポート</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>移動をキャンセルしました。ライブラリは元の場所に残ります。</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>フォルダーの作成</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>ライブラリフォルダー {folder} はもうありません。</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>切断されたドライブ上にある場合は、接続してから 表示 ▸ ライブラリを再読み込み（F5）を使用してください。</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>ライブラリフォルダーの作成</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>ライブラリ {folder} は別の Headshot Desktop によって削除中です。</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>それが完了するまで待つか、別のライブラリフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>{action}ができませんでした: ライブラリフォルダー {folder} はもうありません。</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>切断されたドライブ上にある場合は、接続してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>{provider} から返された画像を読み込めないため、保存されませんでした。</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>プロバイダーから返された画像を読み込めないため、保存されませんでした。</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>もう一度生成してみてください。</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>ライブラリのインデックス {path} は、より新しいバージョンの Headshot Desktop で書き込まれています。</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>このライブラリを開くには、アプリを更新してください。</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>その元写真（番号 {number}）はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>そのヘッドショット（番号 {number}）はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>支払い済みのヘッドショットの復旧フォルダーへの保管</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>復旧フォルダーの読み込み</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>{path} を削除できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>空のフォルダーか、新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} はライブラリフォルダー {source} の中にあるため、ライブラリをそこに移動できません。</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>その外にあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} はライブラリフォルダー {source} を含んでいるため、ライブラリをその中に移動できません。</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>ライブラリフォルダー {source} が見つからないため、移動するものがありません。</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>接続されていないドライブ上にある場合は、接続してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} にはすでに、写真 {photos} 枚とチームバッチ {batches} 件を持つ別のライブラリがあります。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} にはすでに、写真 {photos} 枚を持つ別のライブラリがあります。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} にはすでに、チームバッチ {batches} 件を持つ別のライブラリがあります。</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>ライブラリの移動先として空のフォルダーを選ぶか、そのライブラリをそのまま使用してください。</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ほか {count} 件</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} は空ではなく（{names}）、Headshot Desktop のライブラリでもありません。</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>{target} にはライブラリ用の空き容量が足りません: {needed} 必要で、空きは {free} です。</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>そのディスクの空き容量を増やすか、別のディスク上のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>ライブラリ {folder} は、別の Headshot Desktop のウィンドウまたはコマンドで開かれています。</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>それを閉じるか、コマンドが終わるのを待ってから、もう一度お試しください。何も移動されていません。</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>ライブラリのロック</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>空のライブラリのインデックスの置き換え</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>ライブラリの移動中に {target} が現れ、{source} と内容が異なります。</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>古いライブラリからは何も削除されていません。空のフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>ライブラリのコピー</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>{folder} 内の {name} のコピーが元のファイルと一致しません。</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>ディスクが故障しかけている可能性があります。古いライブラリからは何も削除されていません。</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>元写真 {originals} 枚とヘッドショット {headshots} 枚を削除しました。</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>ライブラリのインデックス、プレビュー {thumbnails} 件、ログファイル {logs} 件、設定および状態ファイル {others} 件を削除しました。</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>チームバッチ {batches} 件（各バッチのメンバーと写真の場所）を削除しました。</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>{providers} の API キーをシステムのキーリングから削除しました。</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>保存された API キーを確認できませんでした: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>{providers} の API キーは保存されていませんでした。</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>以前に {count} 件のファイルが（削除または保存期間の設定により）システムのゴミ箱に移動されました: {names}。その後ゴミ箱を空にしていなければ、まだそこにあります。削除するにはゴミ箱を空にしてください。</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>次のファイルはアプリのものではないため、そのまま残しました: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>削除されていません: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>ライブラリ {folder} は Headshot Desktop（ウィンドウ、または実行中のコマンド）で開かれています。</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>Headshot Desktop のウィンドウをすべて閉じ、実行中のコマンドが終わるのを待ってから、もう一度お試しください。何も削除されていません。</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder}（アプリ専用のフォルダーではないため、削除していません）</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>古いログファイル {path} を削除できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>ディスクがいっぱいです。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>{folder} 内のファイルを変更する権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>ファイル名またはフォルダーのパスが長すぎます。短いものを選んでください。</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>{action}ができませんでした: ディスクがいっぱいです（{path}）。</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>{action}ができませんでした（{path}）。</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} はすでに {folder} にあります。</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>別の名前を選ぶか、置き換えを許可してください（コマンドラインでは --force）。</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>ライブラリフォルダー {folder} が見つかりませんでした。</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>接続されていないドライブ上にある場合は、接続してからもう一度お試しください。そうでなければ、設定で別のライブラリフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>ライブラリのインデックスファイルがあるべき場所にフォルダーがあります（{path}）。</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>そのフォルダーをライブラリフォルダーの外に移動してください。その後、インデックスが写真から再構築されます。</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>ライブラリがあるディスクがいっぱいです（{folder}）。</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>ライブラリ {folder} は読み取り専用です。</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>閲覧とエクスポートはできます。追加するには、変更可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>ライブラリのインデックス {path} は使用中です。</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>別のプログラムが使用している可能性があります。それを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>ライブラリのインデックス（{path}）の読み書き中にディスクがエラーを報告しました。</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>ドライブが接続されていて正常に動作しているか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>ライブラリのインデックス {path} を開けません。</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>ライブラリのインデックス {path} を使用できません（{error}）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>もう一度お試しください。繰り返し失敗する場合は、インデックスファイルを別の場所に移動すると、写真から再構築されます。</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>ライブラリ {folder} は使用中です。</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>別の Headshot Desktop ウィンドウが保存中の可能性があります。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>ライブラリのロックファイル {path} はリンクです。Headshot Desktop はライブラリの外へのリンクをたどりません。</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>そのリンクを削除して（あなたのデータは含まれていません）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>ライブラリのロックファイルがあるべき場所にフォルダーがあります（{path}）。</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>そのフォルダーをライブラリフォルダーの外に移動して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>ライブラリのロックファイルの使用</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>ライブラリ {folder} は読み取り専用のため、Headshot Desktop はそこで{action}ができません。</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>閲覧とエクスポートはできます。追加するには、変更可能なフォルダーにコピーし、設定でそのフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>ライブラリは閉じられています。</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>写真 {name} の格納</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>写真 {name} の保存</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>ヘッドショットの保存</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>保持の設定</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>{name} のプレビューを表示できません: ファイルが破損しているか、画像ではありません。</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>{folder} にプレビューを保存できません。</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>すでに移動または削除されています。</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>{path} を削除できませんでした。</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>ライブラリフォルダー内のファイルを変更する権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>{path} をゴミ箱に移動できませんでした。</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>ライブラリフォルダー内のファイルを変更する権限があるか確認してください。代わりに完全に削除することもできます。</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>システムのゴミ箱内の {path}（{error}）</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>眼鏡</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>白髪または白髪まじりの髪</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>ひげまたは無精ひげ</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>そばかすとほくろ</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>自然な歯</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>肌の質感（補正なし）</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>見た目の年齢</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>体型</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>肌の色</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>髪型</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>残す特徴に {features} というものはありません（既知: {known}）</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>残したいもの（自由記述）は最大 {limit} 文字です</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>OpenAI の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>OpenAI の {model} が受け付ける参照写真は最大 {count} 枚です。</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI は {format} で画像を送信できません。</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>png、jpeg、webp のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>応答に画像がありません</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>ストリーム内の不正な JSON</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>オブジェクトではないストリームイベント</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>画像 {expected} 枚に対してプレビュー {count} 件</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>画像が完成する前にストリームが停止しました</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>接続が終了する前に届いた画像は {expected} 枚中 {count} 枚だけでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>もう一度お試しください。カスタムサーバーで繰り返し発生する場合は、OpenAI 互換かどうか確認してください。</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>モデル {model} を使用するには、{service} の組織の認証が必要です。</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>このモデルを使用するには、{service} の組織の認証が必要です。</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>プロバイダーの設定（{address}、「Verify Organization」）で組織を認証してください。アクセスが有効になるまで最大 15 分かかる場合があります。または、設定で別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>キーと組織がこのモデルを使用できるか確認してください。</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} がリクエストの受け付けに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>設定でモデル、サイズ、品質を確認するか、別の写真をお試しください。</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} が画像の作成中に停止しました。</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} から予期しない応答がありました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>キーのプロジェクトで GPT 画像モデルを使用できるか確認するか、設定でモデル名を入力してください。</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI は API リクエストの処理者として機能します。既定ではリクエストを学習に使用せず、独自のポリシーに基づき、不正利用の監視のために入力と出力を最大 30 日間保持します。</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>OpenAI がヘッドショットを送信する形式。</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>高にすると特徴がより多く保たれます。入力トークンが少し多くかかります。</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>ストリーミングできない OpenAI 互換サーバーではオフにしてください。</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>サーバーのリージョン</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>顔を忠実に保つ</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>処理中にプレビューを表示</translation>
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
        <translation>アバター</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>チームページ</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>縦長 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>印刷 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>キャスティング 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation>{name}（{width} × {height}、{dpi} dpi）</translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation>{name}（{width} × {height}）</translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation>{key} の値 {value} は {low} から {high} までの整数ではありません</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>エントリーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>ID {id} が英小文字、数字、ダッシュだけで構成されていません</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>プリセット {id} に名前がありません</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>{id} のサイズが {low} から {high} までの [幅, 高さ] ではありません</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>{id} の形式が png、jpeg、webp のいずれでもありません</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>{id} の round_preview が true でも false でもありません</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>&quot;presets&quot; リストがありません</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: プリセット {preset} は組み込みプリセットと同じ ID のため、除外しました。</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>{preset} というエクスポートサイズはありません。</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>{presets} から選んでください。</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} には {width} × {height} ピクセルが必要ですが、このヘッドショットは {has_width} × {has_height} です。</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} には {width} × {height} ピクセルが必要ですが、このヘッドショットは {has_width} × {has_height}、フレーミングした部分は {framed_width} × {framed_height} です。</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>より大きなサイズで高詳細で作り直すか、それでも拡大してください。単純な拡大（Lanczos）はぼやけて見え、細部は増えません。</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>不明（{reason}）</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>約 {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>支出ログ {path} に書き込めません。</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>{model} の価格は不明です</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>{model} の画像 1 枚あたりの価格は不明です</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>{host} の {title} 互換サーバー</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} は {title} 自体のサービスではなく {host} を指しています。そのサーバーが何を保持するかは運用者次第です。{title} に渡されるものについて: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>もう一度お試しください。カスタムサーバーのアドレスで繰り返し発生する場合は、{variable} を確認してください。</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>設定でキーを入力するか、{variable} を設定してください。</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>サーバーのアドレス（{variable}）を確認するか、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} が API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>キーを確認するか、{address} で新しいキーを作成して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} は要求されたものを提供していません。</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>設定で別のモデルを選ぶか、サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} 側で問題が発生しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>通常は一時的なものです。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} はリクエストを実行できませんでした。</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>もう一度試すか、別のスタイルを選んでください。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>もう一度お試しください。</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>キーは有効です: {service} に受け付けられました。</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>設定でサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>JSON オブジェクトではない応答</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} がアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} がリクエストの送信速度を制限しています。</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>1 分ほど待ってからもう一度試すか、一度に要求するバリエーションを減らしてください。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>キーは有効です: {service} はこのキーに {count} 個の画像モデルを提供しています。</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} はこのキーに画像モデルを提供していません。</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>応答が途中で切れました</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>不正な JSON</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} または設定のサーバーのアドレス</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>サーバーのアドレス {address} は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>サーバーのアドレス {address} は https:// で始める必要があります。</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>{where}を確認してください。</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>サーバーのアドレス {address} は暗号化なしの http:// を使用しているため、キーと写真が暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>https:// を使用してください。暗号化なしの http:// は、このコンピューター上のサーバー（localhost）にのみ許可されています。</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} は存在しない {path} を指しています。</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>{variable} を修正または解除して、アプリを再起動してください。</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>{path} の証明書を読み込めません。</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>まだ画像を作成中で、料金が請求される可能性があります。再試行する前に使用状況のページを確認してください。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>もう一度お試しください。カスタムサーバーのアドレスで繰り返し発生する場合は、正しいサーバーか確認してください。</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>設定のサーバーのアドレス</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} メッセージ:「{message}」</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <translation>{first}。{second}</translation>
    </message>
    <message>
        <source>The connection to {service} broke off while the answer was arriving.</source>
        <translation>応答の受信中に {service} への接続が切断されました。</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>画像の生成には数分かかることがあります。バリエーションを減らすなどして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>{host} へのセキュリティで保護された接続を検証できませんでした（TLS 証明書の問題）。</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>ネットワークで独自の認証局を使用している場合は、SSL_CERT_FILE にその証明書ファイル（PEM）を設定して、アプリを再起動してください。</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>デコードできない本文</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>インターネット接続（またはプロキシ）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>{host} に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>インターネット接続（およびプロキシ設定）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>{service} のサーバーのアドレスを使用できません。</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>{service} への接続が中断されました。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} から読み取れない応答が送られてきました（{what}）。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>画像が作成され（料金が請求され）ている可能性があります。再試行する前に使用状況のページを確認してください。</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} の応答に時間がかかりすぎたため（{seconds:.0f} 秒超）、リクエストを停止しました。</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>写真の送信後、{service} が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>まだ画像を作成中で、料金が請求されている可能性があります。再試行する前に使用状況のページを確認してください。</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>{size:.0f} MB の応答（画像に必要な {limit} MB を超えています）</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>画像データのない{what}</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>base64 が破損した{what}</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>画像ではないデータ</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>参照写真を減らしてください。</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>{service} アカウントのクレジットがなくなりました。</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>クレジットを追加するか支出上限を引き上げてから（{address}）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>{service} の安全システムが、この写真またはスタイルのプロンプトを拒否しました。</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>別の写真（明るく、あなただけが写っているもの）または別のスタイルをお試しください。同じ写真とスタイルで再試行しても、再び拒否されます。</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>{size} MB を超える行</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>{size} MB を超えるイベント</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>{name} という画像プロバイダーはありません。</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>既知のプロバイダー: {names}。</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>{title} プロバイダーは開発者専用です。</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>使用するには {variable}=1 を設定してください。</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>1 回の実行で使用できる参照写真は最大 {count} 枚です</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} は参照写真を受け付けません</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} が受け付ける参照写真は最大 {count} 枚です</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>バリエーションの数は 1〜{count} にしてください</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} が提供する詳細レベルは {levels} で、{asked} ではありません</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} が作成する形状は {shapes} で、{asked} ではありません</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} にはオプション {option} はありません（オプション: {options}）</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} にはオプション {option} はありません</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>{provider} のオプション {option} は {asked} ではなく {choices} を受け付けます</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>詳細レベル {detail} は不明です。</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>自撮り写真からもう一度生成してください。</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>変更内容を入力してください（例:「ネクタイを赤から紺に」「笑顔を控えめに」）。</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>指示が {count} 文字を超えています。変更は 1 つに絞ってください。</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>ヘッドショット {name} はもうライブラリにないため、調整できません。</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>別のヘッドショットを選んでください。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>{name} の作成元の自撮り写真はもうライブラリにないため、本人らしさを保つことができません。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>{name} の作成元の自撮り写真はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>写真を準備しています…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>写真を準備しています…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>ヘッドショット {name} はもうライブラリにありません。ゴミ箱に移動されたか、削除されました。</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>調整する別のヘッドショットを選んでください。</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} は追加の写真を受け付けないため、調整は自撮り写真ではなくヘッドショットだけを基に行いました。</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>この実行は行えません: {problems}。</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>{total} 枚中 {saved} 枚のヘッドショットをライブラリに保存しました。</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>1 つのバリエーションが失敗しました: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>この実行の支出を記録できませんでした: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>画像 {number} が破損した状態で届いたため、保存できませんでした。</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>画像 {number} を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>画像 {number} を保存できませんでした: {error} 復旧フォルダーへの保管にも失敗しました: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>画像 {number} をライブラリに保存できませんでした（{error}）。{folder} に保管しました。ライブラリが再び使えるようになったら、`headshot-desktop library recover` またはウィンドウの ヘッドショット ▸ 保持したヘッドショットを復元 を使用してください。</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>写真 {name} はもうライブラリにありません。ゴミ箱に移動されたか、削除されました。</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>もう一度開いて（または別の写真を選んで）から生成してください。</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>コーポレートグレー</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>企業サイトの定番ポートレート: ダークスーツ、継ぎ目のないグレーの背景、柔らかなスタジオ照明。</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>ネイビースーツ</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>明るい背景に、きりっとしたネイビーのスーツと明るい色のシャツ: 自信があってフォーマル。</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>ビジネスカジュアル</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>ノーネクタイのブレザー、温かみのあるニュートラルな背景: プロフェッショナルだけれど肩の力が抜けた印象。</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>スタートアップ</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>明るくモダンなオフィスでスマートカジュアル。背景は柔らかくぼかします。</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>クリエイティブスタジオ</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>深い色の背景に黒のトップス、立体感のあるスタジオ照明。</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>屋外・自然光</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>屋外の日陰で、柔らかな緑のボケ: 親しみやすく話しかけやすい印象。</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>アカデミック</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>柔らかくぼけた本棚の前でブレザー。教員紹介ページや学会のプロフィールに。</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医療</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>明るく清潔なクリニックで白衣: 診療所、病院、医療関係のプロフィールに。</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>木製パネルのオフィスでダークスーツ: 真剣で信頼感のある印象。</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不動産</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>明るく温かく親しみやすい雰囲気で、背景は明るくモダンなインテリア。</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>俳優用ヘッドショット</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>キャスティング向けのヘッドショット: ありのまま、無地のトップス、ニュートラルな背景、最小限のスタイリング。</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>クラシックな白黒</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>暗い背景の、時代を超えたモノクロポートレート。</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>エグゼクティブ</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>街を見下ろす、ガラス張りの高層オフィスでダークスーツ。</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>カンファレンス登壇者</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>きちんとした服装で、背後に温かいステージ照明のボケ: 登壇者プロフィールに。</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>調整済み</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>名前が {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>このスタイルは保存できません: {problems}。</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>&quot;styles&quot; リストがありません</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>エントリーがスタイルではありません</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>&quot;styles&quot; がリストではありません</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>{style} というスタイルはありません。</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>スタイルの一覧を表示して名前を確認してください。</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>組み込みのスタイル {style} は変更できません。</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>代わりに独自のスタイルを追加してください。</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>{style} という独自のスタイルはありません。</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>スタイルを {path} に保存できません。</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>有効な JSON ではありません（{line} 行、{column} 列）</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} は破損しているため（{reason}）無視し、既定値を使用します。</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} は破損していました（{reason}）。{name} として退避し、既定値を使用します。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>{path} を読み込めません（{error}）。既定値を使用します。</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>{size} MB を超えています</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>JSON オブジェクトが含まれていません</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program} がインストールされていません</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} を起動できませんでした（{error}）</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} は表示するプログラムを見つけられませんでした（終了コード {code}）</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>フォルダー {folder} を表示できませんでした: {problem}。</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>ファイルマネージャーでそのフォルダーを開いてください。Linux で表示するには、ファイルマネージャーと xdg-open（xdg-utils パッケージ）が必要です。</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>環境変数 {variable} から</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>環境変数から</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>このセッションのみ（アプリを閉じると消去）</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>システムのキーリング内</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>制御文字</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>ASCII 以外の文字</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>API キーの中に{what}が含まれています。これは送信できない文字で、どのサーバーも受け付けません。</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>プロバイダーのページからキーを 1 行としてもう一度コピーし、貼り付けてください。</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>システムのキーリングがロックされています。</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>ロックを解除する（デスクトップセッションに再度ログインする）か、キーをこのセッションの間だけ保持してください。</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>API キーを保存できるシステムのキーリングがありません。</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>キーリングサービス（GNOME Keyring、KWallet、KeePassXC）をインストールまたは起動するか、キーをこのセッションの間だけ保持してください。</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>ファイルを読み取る権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>各行の形式: name,photo[,reference…]。パスは CSV ファイルのフォルダーからの相対パスでも構いません。</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>人物リスト {name} は CSV ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>人物リスト {path} は存在しません。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>人物リスト {name} を読み込めません: {error}。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>人物リスト {name} は大きすぎるため使用できません（4 MB 超）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>フォルダー {folder} を読み込めません: {error}。</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>フォルダーを読み取る権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>フォルダー {folder} に写真がありません。</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>チームの写真（JPEG、PNG、HEIC、WebP…）をそのフォルダーに直接入れてください。</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>写真 {path} は存在しません。</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>ファイル名とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>人物リスト {name} には誰も記載されていません。</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>人物リスト {name} は UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>「CSV UTF-8」形式で保存して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>人物リスト {name} を CSV として読み込めません: {error}。</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}、{line} 行目</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: 名前がありません。</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: {name} の写真がありません。</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: {name} の参照写真は {count} 枚ですが、1 回の実行で使用できるのは最大 {most} 枚です。</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>最も鮮明なものを残してください。</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell} は写真ではなくフォルダーです。</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: 写真 {cell} は存在しません（{path} を確認しました）。</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>そちらで完了させるか停止してから、ここで続けてください。</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>このバッチは別のウィンドウまたはコマンドで作成中です: {batch}（ロック {path} が保持されています）。何も変更されていません。</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>チームバッチ {path} をロックできませんでした（隣に {lock}）: {error}。</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>ライブラリフォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>支出上限 {cap} を超える前にバッチを停止しました: 支出額 {spent}。</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>支出上限 {cap} を超える前にバッチを停止しました: 支出額 {spent}（次のメンバーの費用は約 {estimate}）。</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>写真 {photo} はもうありません。追加後に移動または削除されました。元に戻してから、失敗したメンバーを再試行してください。</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>これらのヘッドショットの作成中に問題が発生しました（{error}）。詳細はログにあります。</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>バッチが停止しました: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>バッチをキャンセルしました。続行時には残り {left} です。</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} 残り {left}。続行するには上限を引き上げてください。</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>キットのエクスポートサイズ {preset} はここでは不明です。</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>キットで別のエクスポートサイズを選ぶか、エクスポートサイズに追加してください。</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>キットのファイル形式 {format} は不明です。</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>PNG、JPEG、WebP のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>{total} 枚中 {failed} 枚のヘッドショットをエクスポートできませんでした: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>他の {count} 枚は {folder} にあります。</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>「チームキットを保存」または `headshot-desktop kit new` で作成したキットを開いてください。</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>チームキット</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>チームキット {name} はファイルではなくフォルダーのため、開けません。</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>チームキット {path} は存在しません。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>チームキット {name} を読み込めません: {error}。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>チームキット {name} は、チームキットとしては大きすぎるため使用できません。</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>チームキット {source} を作成できません</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>ここには {style} というスタイルはありません。キットにはそのスタイルかプロンプトが必要です。</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>ここには {preset} というエクスポートサイズはありません（あるのは {presets}）。</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>{provider} という画像プロバイダーはありません（既知のプロバイダー: {known}）。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>チームキット {name} は JSON テキストではないため使用できません（破損している可能性があります）。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>チームキット {name} を {folder} に保存できません: ファイルが邪魔をしています。</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>チームキット {name} はすでに {folder} にあります。そのまま残しました。</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>別の名前を選ぶか、置き換えてください。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>チームキット {name} を {folder} に保存できません: {error}。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>チームキット {source} を使用できません</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}。</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>フィールドを修正するか、キットを作り直してください。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; は {kind} ではなく、フィールドのグループ（{{…}}）にしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; は {kind} ではなく、テキストにしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; は最大 {limit} 文字です（{length} 文字あります）</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; は {value} ではなく、{choices} のいずれかにしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; は {kind} ではなく、{low} から {high} までの整数にしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; は {value} ではなく、{low}〜{high} にしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; は {kind} ではなく、true または false にしてください</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>テキスト {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>フィールドのグループ</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: Headshot Desktop のチームキットではありません。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; は {kind} ではなく、1 以上の整数にしてください</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>チームキット {source} は、より新しいバージョンの Headshot Desktop で作成されています（キットのバージョン {version}、このバージョンが読み込めるのは {supported}）。</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; が空です</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>キットに名前を付けてください（例: チーム名）。</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; が空です</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>画像プロバイダーを指定してください。`headshot-desktop providers` で ID が一覧表示されます。</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>&quot;style&quot; も &quot;prompt&quot; もありません</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>スタイル ID か独自のプロンプトを指定してください。</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; は {kind} ではなく、特徴名のリストにしてください</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; に指定された {names} は、残す特徴ではありません</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>{features} を使用してください。</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; は {kind} ではなく、オプション名とテキスト値のグループにしてください</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; が空です</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>エクスポートサイズを指定してください（例: linkedin）。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; は {value} ではなく、&quot;&quot;、{formats} にしてください</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; は {kind} ではなく、null または 4 つの数値 [x, y, w, h] にしてください</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; はフレーミングではありません（{problem}）</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>{fields} を使用してください。</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; が空です</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} は無効です（{error}）</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; で既知のフィールドではない {field} が使われています</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>キットからバッチをもう一度開始してください。作成済みのヘッドショットはライブラリに残っています。</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>チームバッチ {name} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>チームバッチ {path} は存在しません。</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>チームバッチ {name} を読み込めません: {error}。</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>チームバッチ {name} は、バッチとしては大きすぎるため使用できません。</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>`headshot-desktop batch --list` でバッチを一覧表示してください。</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>バッチ {batch} のキット</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} は Headshot Desktop のチームバッチではありません。</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} には有効なバージョン番号がないため、読み込めません。</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} は、より新しい Headshot Desktop で書き込まれています（バッチ形式 {version}、このバージョンが読み込めるのは {supported} まで）。</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>このバッチを続けるには、Headshot Desktop を更新してください。</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>メンバーが記載されていません</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>メンバー {number}</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>2 人のメンバーが同じキーを持っています</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>{field} がありません</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>batch_id が空です</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>キットがありません</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>{field} が数値ではありません</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} は破損しています: {problem}。</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>メンバーを削除するには、先にバッチを停止してください（作成中です）。</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>「停止」を押してから削除してください。</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>チームバッチを {path} に保存できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>ライブラリフォルダーが存在し、空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>チームバッチの保存場所 {place} はライブラリ外へのリンクのため、バッチはそこに保存されませんでした。</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>リンクを、ライブラリ内の {folder} という名前の実際のフォルダーに置き換えてください。</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>チームバッチ {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} は破損しています: 有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>{variants} 枚中 {made} 枚のヘッドショットを作成しました。残りはプロバイダーのレート制限により保留され、このメンバーの次の順番で作成されます。</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>ヘッドショットを保存できませんでした。</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} がオブジェクトではありません</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} に {field} がありません</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} の状態 {status} は不明です</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} の参照がパスのリストではありません</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} のヘッドショット ID が数値のリストではありません</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} の欠けたバリエーションが小さな数値のリストではありません</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} の開始時刻がテキストではありません</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} の {field} が数値ではありません</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} の費用が数値ではありません</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>バッチは開始されていません: 支出上限 {cap} が設定されていますが、このキットのプロバイダーの価格が不明なため、上限を守れません。それでもバッチを作成するには上限を削除するか、価格がわかっているモデルを選んでください。</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} 人完了</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} 人拒否</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 人失敗</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>バッチが完了しました: {counts}。支出額 {spent}。</translation>
    </message>
</context>
</TS>
