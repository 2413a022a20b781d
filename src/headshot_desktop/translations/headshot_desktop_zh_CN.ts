<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop 是基于 MIT 许可证的自由软件。它使用 Qt 和 PySide6（LGPLv3）、Pillow（MIT-CMU）、pi-heif 和 libheif（BSD-3 / LGPLv3）、httpx（BSD-3）、keyring（MIT）、platformdirs（MIT）、filelock（Unlicense）、Send2Trash（BSD-3），并通过 QtMultimedia 使用 FFmpeg（LGPLv2.1+）。</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>打开照片(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>粘贴照片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>用相机拍照(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>将所选移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>取消所有任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>恢复保留的头像(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>新建风格(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>编辑风格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>导出我的全部数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>删除我的全部数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>重新载入图库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>显示“创建”</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>显示“结果”</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>显示“图库”</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>显示“团队”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>头像(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>用一张自拍生成职业头像。你的照片和头像都保存在这台电脑上你选择的文件夹中。制作头像时，照片只会发送给你选择的图像服务商：使用你自己密钥的云服务，或你自己的服务器。无需账户，没有遥测。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>正在检查密钥…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} 模型：{models}。</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>检查未能完成。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>未找到相机。请连接摄像头，或改为打开或粘贴一张照片。</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>相机访问被拒绝。请在系统的隐私设置中允许 Headshot Desktop 使用相机，然后重新打开此窗口。</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>拍一张自拍</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动相机…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>相机取景器</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>相机消息</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>拍摄(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>使用这张照片(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>打开照片(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>粘贴照片(&amp;P)</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>相机已停止：{reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>已拍摄。使用这张照片，或重新拍摄。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>比较服务商</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>用这张照片为你勾选的每个服务商各生成一张 &lt;b&gt;{style}&lt;/b&gt;，并排比较。拒绝或失败的服务商会说明原因，其余服务商继续进行。</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>其默认模型</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>{provider} 的模型</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>按键：1 滑块，2 并排，F 或空格键在前后之间闪切。加号、减号或滚轮缩放，0 复位，拖动或 Shift+方向键平移。左右方向键移动分隔线。A：在每张照片上点击双眼以对齐。</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>你的头像会显示在这里。</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
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
        <translation>默认模型</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>比较服务商</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>请先选择一张照片和一种风格。</translation>
    </message>
</context>
<context>
    <name>CopyAndDrag</name>
    <message>
        <source>{preset}, {format}</source>
        <comment>an export size, then a file format</comment>
        <translation>{preset}，{format}</translation>
    </message>
    <message>
        <source>Select a headshot in Results or the Library to copy it.</source>
        <translation>在“结果”或“图库”中选择一张头像以复制。</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>已将“{name}”以 {made_as} 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>无法读取该头像。</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>无法保存裁剪。</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>调整裁剪</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>此裁剪仅适用于这张头像：其他人保持套件的构图。</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>恢复套件的构图(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>恢复常规构图(&amp;B)</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>画框中的内容</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>无预览：无法读取“{name}”。</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>画框包含头像 {full_width} × {full_height} 像素中的 {width} × {height}。</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>拖动图片或使用方向键移动画框（按住 Shift 移动更多）；滚轮或 + 和 - 键缩放；Home 键恢复常规构图。将眼睛线和下巴线拖到你希望眼睛和下巴所在的位置，或用 Alt 加上下方向键移动它们（下巴线用 Alt 和 Shift）。</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>导出图片的构图</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>正在载入图片…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>下巴</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>{app} 数据</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>导出我的全部数据</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>正在将你的全部数据保存到 {name}…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>已将 {originals}、{headshots} 和 metadata.json 保存到
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>无法将你的数据保存到 {path}。</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>这将删除图库中的所有原图和头像、其团队批次、缩略图、日志、设置，以及保存在系统钥匙串中的 API 密钥。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>删除我的全部数据？</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>正在系统回收站中查找你之前删除的内容…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>未删除任何内容：无法读取系统回收站。</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>正在删除你的全部数据…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

{app} 现在将关闭。</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>你的数据已删除</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>并非所有内容都已删除</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>无法删除你的全部数据。</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>隐私 &amp; 数据</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>也从回收站中清除这些吗？</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>也将它们从回收站中移除吗？只会移除这些文件，回收站中的其他内容保持不变。</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>从回收站中移除</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>保留在回收站中</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>照片拖放区</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>将自拍拖放到这里，或按 Enter 选择文件</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;将自拍拖放到这里&lt;/b&gt;&lt;/p&gt;&lt;p&gt;或点击选择文件 · Ctrl+V 粘贴&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG、PNG、HEIC、WebP、TIFF、BMP 或 GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>你的 API 密钥被拒绝</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>尚无 API 密钥</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>此密钥无权执行此操作</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>被安全系统拒绝</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无网络连接</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>服务商出现问题</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>未生成图像</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>系统钥匙串不可用</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>无法使用这张照片</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>有一项设置需要处理</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
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
        <translation>{model}（最新可用）</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>最新可用</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>服务商的默认值</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>选择一张照片和一种风格即可查看费用。</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>正在计算费用…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>“{name}”已存在于 {folder} 中。</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>替换它、保留两者（新文件会加上编号，如“(2)”），还是跳过？</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>已存在这些名称的文件</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>替换它们、保留两者（新文件会加上编号，如“(2)”），还是跳过？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>无法导出全部头像。</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>将团队的头像导出到</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>正在导出到 {folder}…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>未向 {folder} 导出任何内容：还没有人完成。</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>导出已取消。已写入的文件是完整的。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>尺寸和文件(&amp;Z)</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>正在查看文件夹…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>无法在 {folder} 中查找文件。</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>无法导出头像。</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>写完当前文件后停止…</translation>
    </message>
    <message>
        <source>“{name}”: </source>
        <translation>“{name}”：</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>LinkedIn and most sites show a profile picture in a circle. This only changes the preview: the file stays square, and the site crops it.</source>
        <translation>LinkedIn 和大多数网站会以圆形显示头像。这只会改变预览：文件仍为正方形，由网站进行裁剪。</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>在文件中写入一条声明：图片由训练过的算法生成（IPTC“数字来源类型”）。LinkedIn 等网站会读取它来表明照片是用 AI 生成的，欧盟《人工智能法案》自 2026 年 8 月起要求提供此类标签。不会写入任何其他关于你或照片的信息：没有姓名、地点、日期或相机。</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>尺寸预设</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>预览个人资料网站的圆形裁剪</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>将文件标记为 AI 生成</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>字段：{date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>将写入的文件</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>团队页面图片宽度</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>团队页面图片高度</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>团队页面显示每个人图片的尺寸：请询问页面的管理者，或查看页面上的某张图片。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>团队页面(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>重置构图(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>恢复常规构图：水平居中，底部多裁掉一些。</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>画框中的内容</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>无法读取该头像。</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>无预览：无法读取“{name}”。</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>画框包含头像 {full_width} × {full_height} 像素中的 {width} × {height}（缩放 {zoom}×）。</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>无预览：无法读取“{name}”。</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>将写入“{name}”。</translation>
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
        <translation>正在导出“{name}”…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>正在导出第 {number} 个，共 {total} 个…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>无法将“{name}”导出到 {folder}。</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>无法读取你自定义的导出尺寸。</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
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
        <translation>导出头像</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>你在最后一个之前停止了导出。</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>未导出任何内容：该文件已存在于 {folder} 中，而你选择了跳过。请重新导出并选择“替换”或“保留两者”，或选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>未导出任何内容：所有文件都已存在于 {folder} 中，而你选择了跳过。请重新导出并选择“替换”或“保留两者”，或选择其他文件夹或文件名。</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>复制已停止。</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>在“之前”照片上先点击左边的眼睛，再点击右边的眼睛（{clicked}/2）</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>现在在“之后”照片上点击同样的两只眼睛（{clicked}/2）</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>一张照片上的两个点靠得太近：请重新点击</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>已对齐。点击点附近可移动它；Delete 键清除；A 键完成</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>本应用不面向 13 岁以下的儿童。</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>你可以随时在&lt;i&gt;隐私 &amp;amp; 数据&lt;/i&gt;中查看图库文件夹中的每个文件、将其全部导出为一个 zip 文件，或全部删除（照片、设置、日志和保存的密钥）。</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>你可以随时在&lt;i&gt;隐私 &amp;amp; 数据&lt;/i&gt;中查看图库文件夹中的每个文件、将其全部导出为一个 zip 文件，或全部删除（照片、设置、日志和任何保存的密钥）。</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>本应用不进行人脸检测或识别，也不创建人脸模板。</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app} 没有账户、没有分析、没有遥测。你的原图和头像保存在你选择的文件夹中；应用不会在其他任何地方保留副本。</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>你的图库保留在这台电脑上</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>发送什么，发送给谁</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>不使用生物特征</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>你的数据，你的权利</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>发送给 {provider} 的内容及其保留的内容</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>我已年满 13 岁</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>请确认你已年满 13 岁</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>声明（可用方向键滚动）</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>在发送任何内容之前</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>接受并使用 {provider}(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>在你阅读本说明并确认年龄之前，不会有任何内容离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>你的 {provider} API 密钥</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>你也可以跳过此步骤，稍后在“设置”中输入。</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>保存的密钥存放在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>选择{lowercase}</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>再次运行？</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>完全相同的任务已在进行中。要再次运行并再次付费吗？</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>它的卡片在“结果”选项卡中。更改风格或某个选项即可进行不同的任务。</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>所有人使用相同的种子可保持风格一致：每个人的第一个变体使用该种子生成，第二个使用下一个数字，依此类推。</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>说明所有人需要改变的内容：服装、背景、光线、构图。应用会添加保持每张面孔原样的指令。</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>每张头像的生成方式</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Acme 团队页面</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>套件名称</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>图像服务商</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>服务商的默认模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>自定义提示词</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>例如左眉上方的疤痕</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>要保留的特征（用你自己的话说）</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>每人变体数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>重新抽取一个种子：新的外观，对所有人相同。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>风格：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>用你自己的话说：</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>细节：</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>变体：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider}（此处未知）</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style}（不在此处）</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} 自己的选项，对所有人相同：&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}：</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>为套件起个名字，例如团队的名称。</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>请填写自定义提示词，或选择一种风格。</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>请输入种子（整数），或点击“新种子”。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>种子必须是 0 到 {largest} 之间的整数。</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value}（不提供）</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>排队中…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>{run} 的进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>取消 {run}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>再次运行 {run}</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>再次使用相同的照片、风格、选项和服务商：需再次付费。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>移除 {run} 的卡片</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>移除所有已完成任务的卡片</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;任务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>尚无任务。选择一张照片和一种风格，然后点击“生成”。</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;看起来还像你吗？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>此头像中需检查的特征</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>面部和五官</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>肤色</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>头发</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>看起来的年龄</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>你的备注</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>勾选每张头像中必须保持原样的内容。</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>要保留的特征…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>保留：{features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>要保留的特征</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>勾选每张头像中必须保持原样的内容。应用会将其添加到每种风格的指令中；这里不会分析你的面部。</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>其他内容，用你自己的话说（例如“我左眉上方的疤痕”）</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>还要保留什么，用你自己的话说</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>保留：收藏的内容。保留的头像及其原图绝不会被保留期限设置删除，删除前也会再次确认。</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>保留：收藏的内容。保留的照片绝不会被保留期限设置删除，移到回收站前也会再次确认。</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>已标记为保留</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>“{name}”已标记为保留。</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>保留的项目是你的收藏。仍要删除吗？</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>删除，包括保留的项目</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>保留的项目是你的收藏。仍要移到回收站吗？</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>移到回收站，包括保留的项目</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>仅未保留的项目</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>仅在本次会话中保留（不保存）</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>保存密钥(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>移除已保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>询问服务商该密钥是否有效。在此输入的密钥会先保存。</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API 密钥</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>从 {provider} 获取密钥…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>获取 {provider} API 密钥（在浏览器中打开 {url}）</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} 或 {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;也可以在环境变量中设置 {names}：它只会被读取，绝不会被保存，并优先于已保存的密钥。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider} 不需要 API 密钥。</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>正在检查密钥的存放位置…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>当前密钥：{where}。</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>没有可用的系统钥匙串，因此密钥只能在本次会话中保留。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>无法打开网页浏览器。请在你的浏览器中打开 {url}。</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>无法读取密钥的存放位置。</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>已在本次会话中保留。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>无法保存密钥。</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>已移除保存的密钥。</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>没有保存的密钥。</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>正在移除密钥…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>无法移除密钥。</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>未知：系统钥匙串没有响应</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · 图库：{folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>无法读取你自己的风格和导出尺寸；提供的是内置的选项。</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>团队套件</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>新建团队套件</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>正在读取你的风格和导出尺寸…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>导致套件无法使用的原因</translation>
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
        <translation>张三</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>zhang_san</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>每张头像宽度和高度的比例：0.1,0.05,0.8,0.8 保留水平方向中间的 80 %，并从顶部裁掉一点。批处理完成后，你仍可调整某个人的裁剪。</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>可使用 {name}、{date}、{time}、{style}、{n}、{original} 或 {preset}。</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>每张头像的导出方式</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>按尺寸设定</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>示例文件名</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>将文件标记为 AI 生成</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>构图</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>各尺寸的常规构图</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>所有头像使用相同的裁剪</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>所有头像的裁剪，以比例 x,y,w,h 表示</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>构图：</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>裁剪：</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset}（不在此处）</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>请输入文件名模板，例如 {name}。</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;例如：{name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}，已保留，来自 {photo}，{time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}，来自 {photo}，{time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>来自 {photo}</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ 已保留：绝不会被保留期限设置删除；删除前会再次确认。</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>无法检查文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>移动你的图库？</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>如果按原样使用新文件夹，你的照片将留在 {old} 中。</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>每张照片都会先复制并校验，然后才删除旧文件，因此即使移动中断也不会丢失任何照片。</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>按原样使用新文件夹(&amp;U)</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>无法将图库文件夹更改为 {folder}。</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>正在生成头像时无法移动图库：头像会保存到图库中。</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>请等待任务完成（或取消它们），然后在“设置”中重新选择文件夹。</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>正在将你的图库移动到 {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>正在移动你的图库</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>图库现在位于 {folder}，但以下内容无法从 {old} 中删除：{listed}。</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>它们是副本或你自己的文件；如果不再需要，请手动删除。</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>移动已取消；你的图库仍在 {old} 中。</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>无法将图库移动到 {folder}；未从 {old} 中删除任何内容。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>按风格</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>按照片筛选</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>按风格筛选</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>排序和分组</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 保留(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>保留所选头像</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>将所选头像移到回收站</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>风格：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>头像(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>原图(&amp;O)</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>你导入的照片：查看、保留或移到回收站</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>所有照片</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>所有风格</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>头像(&amp;A)（{count}）</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>原图(&amp;O)（{count}）</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>图库不可用</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>并非所有选中的项目都能移到回收站。</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>已将 {photos} 和 {headshots} 移到回收站。</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>未将任何内容移到回收站。</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>你的另一张照片</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>正在读取另一张照片并移除其元数据…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>API 密钥和图库</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · 风格&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>打开一张自拍</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>剪贴板中没有图像。请先复制一张照片，再粘贴。</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>正在读取照片并移除其元数据…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>以服务商提供的最高细节等级重新生成这张头像，并在服务商能生成足够大的图像时使用所需尺寸：这是一项付费请求，发送前会显示费用。</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>仍然导出，但放大处理：尺寸更大，但不会更清晰。</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>已放大：文件中的 {needed} 像素由 {available} 像素生成。它看起来比按该尺寸生成的头像更柔和，打印时尤为明显，且不会增加细节。</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>像素不足</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>以高细节生成最终版(&amp;H)…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>仍然放大(&amp;A)</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem}{reach}请以高细节重新生成，或仍然放大：普通放大看起来更柔和，且不会增加细节。</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem}{reach}请仍然放大（普通放大看起来更柔和，且不会增加细节），或选择能生成更大图像的服务商。</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>无法绘制预览。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>详情请查看日志。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>图像服务商</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>变体数量</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>请选择一张照片和一种风格。</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>生成(&amp;G)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>生成头像</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>你的照片会发送到哪里</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>每张头像中要保留的特征</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>比较(&amp;O)…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>同时用多个服务商生成此风格，并排比较</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>更多选项(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>变体(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>细节(&amp;D)：</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>形状(&amp;A)：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · 选项&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}：</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>更多选项(&amp;M)（{count}）</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>尚无头像</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>尚无头像</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>导入于 {time}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ 已保留：绝不会被保留期限设置删除</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>原始照片</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;你导入的照片，已移除元数据。头像由这些照片生成。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 保留(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>保留所选照片</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>将所选照片移到回收站；由你决定是否一并移除其头像</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>显示其头像(&amp;I)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
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
        <translation>仍在使用中</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>将照片“{name}”移到回收站？</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>没有用它生成过头像。你可以从系统回收站中将其恢复。</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>没有用它们生成过头像。你可以从系统回收站中将其恢复。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>照片和头像</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>照片和头像</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>仅照片</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>仅照片</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>人员列表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>通过照片添加人员</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>添加文件夹中的所有人</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>从列表添加人员</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>无法读取 {file} 中的人员。</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>无法添加这些照片。</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>那里没有找到照片。请添加照片（JPEG、PNG、WebP、HEIC…）或包含照片的文件夹。</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>无法将这些人员添加到批次中。</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>请先停止批次，再移除人员。</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>只能移除仍在排队的人员：其他人员已经处理过了。</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>从批次中移除？</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>从批次中移除 {names}？</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>无法从批次中移除这些人员。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}：无</translation>
    </message>
    <message>
        <source>{heading}: {value}</source>
        <translation>{heading}：{value}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>People in the batch</source>
        <translation>批次中的人员</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>选择一个人以查看其变体；按 Enter，然后按 1–4 选出最好的一个。</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>调整裁剪(&amp;J)…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>调整此人头像的构图</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>无法保存 {name} 的选择。</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>相机照片</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的图片</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>已选照片；拖放或点击可替换</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>照片状态</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>打开照片文件</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>粘贴照片</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>相机(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>用相机拍照</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · 你的照片&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · 已移除元数据。拖放另一张照片可替换它。</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>已将 %n 张头像以 {made_as} 复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>无法复制这 %n 张头像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>无法准备好拖动这 %n 张头像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>正在准备拖动第 {number} 张，共 %n 张头像…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>无法拖出这 %n 张头像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n 张原图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>%n 张头像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>你之前在 {app} 中删除的 %n 张照片和头像仍在系统回收站中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>有 %n 个文件已存在于 {folder} 中：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>以及另外 %n 个（请参阅“显示详细信息”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>将写入 %n 个文件：{names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>导出 %n 张头像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>已跳过 %n 个已存在的文件：{names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>你在其余 %n 个之前停止了导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>在此之前已导出 %n 个文件：{names}。请重新导出以继续处理其余文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>正在保留 %n 项特征…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names} 仍在使用中，因此没有任何内容被移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>它们在“创建”页面中打开着，或者某个任务仍需要它们。请打开另一张照片，或等待任务结束，然后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>已用它生成了 %n 张头像。要把这些头像也移到回收站，还是将它们保留在图库中（不含其照片）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>已用它们生成了 %n 张头像。要把这些头像也移到回收站，还是将它们保留在图库中（不含其照片）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>将 %n 张照片移到回收站？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>其中 %n 项已标记为保留：{names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>将你的图库（%n 张照片）移动到 {folder}？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>正在将你的图库移动到 {folder}…
已复制并校验 {done}/%n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>已将 %n 张照片移动到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>无法更改保留标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 张照片移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 张头像移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>你的另外 %n 张照片将与这张一起发送，已移除元数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>已根据你的文件重建图库索引；%n 张头像恢复了其风格、提示词和费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n 项无法恢复：{names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>未跟随图库文件夹中的 %n 个链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>更多选项：{provider} 的 %n 个选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>费用：&lt;b&gt;免费&lt;/b&gt;：在你位于 {hosts} 的服务器上生成 %n 张图像；不会向任何云服务发送内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>费用：&lt;b&gt;免费&lt;/b&gt;：由 {title} 在这台电脑上生成 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>估算费用：%n 张图像共 &lt;b&gt;{price}&lt;/b&gt;，使用你的密钥支付给 {title}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>估算费用：%n 张图像共 &lt;b&gt;{price}&lt;/b&gt;，支付给 {title}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>你付费生成的 %n 张头像被保存在 {folder} 中，因为当时图库无法接收它们。现在将它们移入图库吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>已将 %n 张头像移入图库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>%n/{total} 已就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>完成 · %n 张头像 · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>完成 · %n 张头像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>已将 %n 张头像导出到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
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
            <numerusform>%n 个变体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>剩余的 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;更多你的照片有助于让头像更像你（可选，最多 %n 张）：&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>LinkedIn 圆形，%n 像素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>宽 %n 像素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n 像素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n 像素，如评论旁的显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>作为团队页面上的图块，宽 %n 像素。所有人使用相同的构图，头部大小便会一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset} 按纸面实际尺寸 {size} 显示，依据此屏幕报告的尺寸（每英寸 %n 像素）。可以拿尺子量一下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset} 按纸面大致尺寸 {size} 显示。此屏幕没有报告其实际尺寸，因此应用按每英寸 %n 像素计算：显示的尺寸为近似值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>使用 {title}？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;在你的照片发送过去之前，请阅读 {title} 会如何处理它们。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;请阅读 {title} 会如何处理它们。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>使用 {title}</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>图像服务商</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>你的照片会发送到哪里，以及服务商会保留什么</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>你的密钥可以使用的模型</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>渲染期间的粗略预览</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> 张渲染期间预览</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>预览(&amp;R)：</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider} 不需要 API 密钥。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API 密钥</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider} 不发送预览。</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>你的密钥可用的最新模型（推荐）</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>服务商的默认值</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>正在列出你的密钥可以使用的模型…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>无法列出你的密钥可以使用的模型。{reason} 已选的模型保持不变，你也可以输入其他模型的名称。</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider} 没有为此密钥列出任何图像模型。你可以输入模型的名称。</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>草稿（低）</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>良好（中）</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>最佳（高）</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>按风格设定</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>只有在你点击“生成”时，你的照片才会发送到位于 {hosts} 的 {title}；不会向任何云服务发送内容。无需账户，没有跟踪。</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>在你点击“生成”之前，你的照片一直保留在这台电脑上；之后只有其像素会通过 HTTPS 发送到 {title}（{hosts}）。无需账户，没有跟踪。</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>在你点击“生成”之前，你的照片一直保留在这台电脑上；之后只有其像素会通过 HTTPS 发送到 {title}。无需账户，没有跟踪。</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>你的照片绝不会离开这台电脑：{title} 在本机生成头像。无需账户，没有跟踪。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会发送到位于 &lt;b&gt;{hosts}&lt;/b&gt;（在你的网络中）的 &lt;b&gt;{title}&lt;/b&gt;。不会向任何云服务发送内容。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会发送到位于 &lt;b&gt;{hosts}&lt;/b&gt;（在这台电脑上）的 &lt;b&gt;{title}&lt;/b&gt;。不会向任何云服务发送内容。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，位于 {hosts} 的 &lt;b&gt;{title}&lt;/b&gt; 会在这台电脑上生成头像：你的照片不会离开本机。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，&lt;b&gt;{title}&lt;/b&gt; 会在这台电脑上生成头像：你的照片不会离开本机。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会使用你自己的 API 密钥，通过 HTTPS 发送到 &lt;b&gt;{title}&lt;/b&gt;（{hosts}）。不会有其他任何内容离开你的电脑。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会通过 HTTPS 发送到 &lt;b&gt;{title}&lt;/b&gt;（{hosts}）。不会有其他任何内容离开你的电脑。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会使用你自己的 API 密钥，通过 HTTPS 发送到 &lt;b&gt;{title}&lt;/b&gt;。不会有其他任何内容离开你的电脑。</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>当你点击&lt;b&gt;生成&lt;/b&gt;时，你选择的照片（已缩小，并移除了位置和相机信息等所有元数据）和风格的文字会通过 HTTPS 发送到 &lt;b&gt;{title}&lt;/b&gt;。不会有其他任何内容离开你的电脑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;{title} 会保留什么：&lt;/b&gt;{privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>{title} 的条款，读取于 {date}。</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>约 {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>位于 {hosts} 的 {title}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}：无需 API 密钥</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>{title} 的 API 密钥：{where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>部分设置已损坏</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>另存的头像</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>无法统计另存的头像。</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>以下内容暂时无法移动：
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>保存的头像</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>无法将保存的头像移入图库。</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>再添加一张你的照片，以保持你的相貌</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider} 不接受你的更多照片。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}：点击以移除</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>移除另一张照片 {number}，{name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>精修这张头像</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>要修改的内容，例如“领带改为海军蓝而不是红色”、“少一点笑容”</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>要修改的内容</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>应用会将 {name} 与你的自拍一起发送，使修改保持你的相貌以及你要保留的特征。</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>精修(&amp;R)</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>基于同一张照片的 {style} 新变体。</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再来一次</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>以最高细节等级重新生成的 {name}。</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>高细节最终版</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider} 没有说明其生成图像的尺寸，因此最终版可能仍然不够大。</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider} 可以以 {size} 像素重新生成，这已足够。</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>{provider} 能生成的最大图像为 {size} 像素，并不比这张头像大。</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>{provider} 能生成的最大图像为 {size} 像素，构图后为 {framed}：更接近了，但仍然不够。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>以最高细节等级重新生成的 {name}（服务商未说明尺寸）。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>以最高细节等级、以 {provider} 能生成的最大尺寸 {size} 像素重新生成的 {name}。</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>以最高细节等级、以 {size} 像素重新生成的 {name}。</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>这对于{destination}已足够。</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination}需要 {needed}：仍将从约 {framed} 放大。</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}，已保留</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
已保留：收藏的内容</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>无法打开 {name}。</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>并非所有选中的头像都能移到回收站。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>你的头像会显示在这里。</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>在下方选择一个结果，即可在这里查看。</translation>
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
        <translation>★ 保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>精修(&amp;R)…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>按你的描述修改这张头像（说明要改什么），同时保持你的相貌</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>再来一次(&amp;G)</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>同一风格和照片的新变体</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>高细节最终版(&amp;F)</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>以最高细节等级重新生成这张</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · “{instruction}”</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>无法应用保留期限设置。</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>无法完全应用保留期限设置。{problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>无法显示文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>请自行在文件管理器中打开该文件夹。</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>打开或新建团队套件，然后添加人员，即可查看批次的费用。</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>无法计算批次的费用。</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>无法创建批次。</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>批次已停止。</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>此套件无法在这台电脑上使用。</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>没有等待处理的人员。</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>开始(&amp;A)</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>开始(&amp;A) · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>正在计算费用…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>无法将失败的人员重新排队。</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>正在停止… 正在处理的人员将回到队列中。</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>批次已停止。你可以随时继续。</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>信任我网络中的此服务器（明文 http://）</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>信任我网络中的此服务器</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>通过明文 http:// 传输时，你的照片会以未加密方式经过网络：网络中的任何人都可能看到它。仅当这是你自己的服务器且所在网络可信时才勾选此项，否则请使用 https://。</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>测试服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>无法导入该照片。</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>无法读取图库文件夹。</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>无法列出图库内容。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>生成 {name} 所用的自拍已不在图库中。</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>无法读取 {name} 的版本。</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>无法读取头像 {name}。</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>它可能已被移动或删除。按 F5 重新读取图库文件夹。</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>无法显示头像 {name}。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>正在渲染第 {index} 张图像，共 {total} 张…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>正在生成第 {index} 张图像，共 {total} 张… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} {seconds} 秒后重试…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>无法按保留期限设置的要求清除旧照片。</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>已取消 · 未保留任何内容</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>生成头像时出错。</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>无法启动任务。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>保留它们</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>生成后、切换到另一张照片时移到回收站</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>在若干天后移到回收站</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>服务商 &amp;&amp; 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>图库文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>原图的处理方式</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>原图保留天数</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>日志保留天数</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>原图(&amp;O)：</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…之后：</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;标记为保留的原图（图库 ▸ 原图）以及已保留头像的原图始终保留。头像本身绝不会被此设置删除。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>日志保留(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>图库(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;新语言将在下次启动应用时生效。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>隐私 &amp;&amp; 数据(&amp;P)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>应用保存的所有内容都在这台电脑上：图库文件夹、缩略图、日志、设置以及系统钥匙串中的 API 密钥。除了你用于生成的照片会发送给你选择的图像服务商之外，不会向任何地方发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>导出我的全部数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>将我的全部数据导出为 zip 文件</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>删除我的全部数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择图库文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>没有收到响应。</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>无法列出模型。</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>内置风格无法编辑；请改为新建一个风格。</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>纵向（高大于宽）</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>横向（宽大于高）</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>编辑风格</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>新建风格</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>风格名称</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>风格描述</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>风格提示词</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>说明需要改变的内容：服装、背景、光线、构图。应用会添加保持你面孔原样的指令。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>形状(&amp;S)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>无法保存该风格。</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>我的</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>风格</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>图库(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>团队套件 (*.headshot-kit.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>团队套件</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>新建套件(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>新建团队套件</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>打开套件(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>打开团队套件文件</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>套件另存为(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>将团队套件保存为文件以便分享</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>通过照片添加人员</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>每张照片一个人</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>添加照片文件夹中的所有人</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>文件夹中每张照片一个人</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>从 CSV 添加(&amp;M)…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>从列表添加人员</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>CSV 文件：name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>或将照片和文件夹拖放到表格上。</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>继续已停止的批次</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>批次费用</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>支出上限（美元）</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>如果下一个人会使支出超过此金额，批次会在其之前停止。</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>支出上限(&amp;G)：</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>开始(&amp;A)</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>开始批次</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>停止批次；之后可以继续</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>重试失败项(&amp;Y)</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>将因故障而停止的人员重新排队（未付费）</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>批次进度</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>批次所处阶段</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>全部导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>导出每个已完成人员的头像</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>在文件夹中显示导出的文件</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>无法读取团队批次。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;团队套件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>尚无团队套件。点击“新建…”创建一个，或打开同事分享的套件。</translation>
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
        <translation>此套件无法在这台电脑上使用：{problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>打开团队套件</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>无法打开团队套件 {file}。</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>保存团队套件</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>无法将团队套件保存到 {file}。</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>团队套件已保存到 {file}。</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>批次正在使用其自己的套件运行。请先停止它，再选择其他套件。</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>将使用此套件开始新的批次；之前的批次保留在图库中。</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>整个团队在一个风格统一的批次中完成：一个套件，每个人的头像</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>被拒绝 — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>失败 — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>大约还剩 {hours} 小时</translation>
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
        <translation>正在等待服务商的速率限制 · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>在你的服务器上为{who}免费生成</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>在你的服务器上免费</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>在这台电脑上为{who}免费生成</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>在这台电脑上免费</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>{who}的费用未知（{reason}）。</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>{who}的费用未知。</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>{who}：约 {cost}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>约 {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{who}：{cost}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>自定义提示词</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · 导出：{preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>此批次已停止，已完成 {done}/{total}。</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>实际尺寸预览</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>团队页面图块</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>按纸面实际尺寸打印</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>LinkedIn(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>团队页面(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的姓名&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>你的职位</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>按 LinkedIn 的显示方式：圆形，从个人资料页面的尺寸到评论旁的尺寸。</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>按 LinkedIn 的显示方式：圆形，从个人资料页面的尺寸到评论旁的尺寸。对于非正方形的图片，LinkedIn 会保留中间的正方形部分。</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>选择一个打印尺寸，例如“打印 8 × 10”或“试镜 5 × 7”，即可按纸面实际尺寸查看。</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height} 英寸</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>点击一张头像或按其编号（1–4），选择要导出的那张。</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>每张看起来还像本人吗？请与左侧的照片比较。</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>本人照片</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;本人照片&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>关于此人的头像</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;选择一个人&lt;/b&gt;以查看其头像。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>此人尚无头像。</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>无法读取 {name} 的头像。</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>不在图库中</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>无法读取这张头像。</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · 已选</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>变体 {number}，已选</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>变体 {number}</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}：初版</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>版本 {number}：初版</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}：“{instruction}”</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>版本 {number}：“{instruction}”</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>尚未设置 {provider} API 密钥。</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>请在“设置”中输入你的密钥，或设置 {variables}。</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>尚未设置 Black Forest Labs API 密钥。</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>“设置”中的区域</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>BFL 的交付主机</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>BFL 提供的链接</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service} 返回的响应不是来自 BFL（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>你的 {service} 账户额度已用完。</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>请在 {address} 充值额度，然后重试。</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service} 不提供 {model}。</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service} 拒绝了请求中的某个值。</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>请选择其他模型、形状或细节等级，或换一张照片。</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>你在 {service} 上同时运行的任务过多。</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>请稍等片刻再试，或一次请求更少的变体。</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>请在“设置”中检查模型，或换一张照片试试。</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>{service} 的审核在开始前标记了你的照片或风格文字{reasons}。BFL 不会为此收费。</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>请换一张照片（光线充足、画面中只有你）或换一种风格。</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>{service} 的审核标记了它生成的头像，因此未交付{reasons}。BFL 不会为此收费。</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service} 在生成图像时报告了错误{reasons}。</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service} 已找不到交给它的任务（Task not found）。</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service} 报告了应用无法识别的任务状态：“{status}”。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>请重试；如果问题持续，请更新应用。</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>完成的头像链接在获取之前已过期。</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>无法从 {service} 获取完成的头像（HTTP {status}）。</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL 已生成该图像，并且可能已经收费：请重试以生成新的图像。</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>已取消。Black Forest Labs 无法停止已排队的任务，因此它仍可能完成该任务并收费。</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>Black Forest Labs 的 {model} 最多接受 {count} 张参考照片。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>请选择更少的参考照片，或选择其他 FLUX 模型。</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>没有 id 的任务响应</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>BFL 以外的轮询地址（{host}）</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>不是 JSON 对象的任务状态</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>没有图像 https 链接的已完成任务</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service} 未在 {seconds:.0f} 秒内完成图像，因此应用停止了等待。</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>它仍可能完成并收费：重试前请查看你的用量页面。</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>比任何头像都大的图像</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>已取消。Black Forest Labs 已经生成了该图像，并会为此收费。</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs 尚未公布其 API 会将收到的照片和图像保留多久，也未说明是否将其用于训练：我们无法确认这两点。请阅读其 API 条款：{address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>照片默认发送到 BFL 的欧盟主机（api.eu.bfl.ai，BFL 仅在欧盟区域运行）；你也可以改为选择其全球或美国主机。</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>完成的头像会通过第二个 BFL 主机（delivery…bfl.ai）上一个有效期约 10 分钟的链接返回；应用会立即获取它，且不使用你的密钥。</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>us</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>BFL 接收你照片的位置：其欧盟主机（默认）、全球主机或美国主机。</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>BFL 发送头像所用的格式。</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>请使用 https://，或在“设置”中勾选“信任我网络中的此服务器”（在命令行中：--trust-server，一次即可）。只应在你信任的网络中这样做：明文 http:// 在传输途中可能被读取。</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>ComfyUI 地址 {address} 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>将通过明文 http:// 连接 ComfyUI 服务器 {server}，这会在网络中以未加密方式发送你的照片。</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>请检查“设置”中的地址是否为你的 ComfyUI 服务器。</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>位于 {server} 的 ComfyUI</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service} 拒绝了请求（HTTP 403）。</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>如果 ComfyUI 运行在代理后面或使用了特殊设置，请检查这些设置。</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service} 的响应不像 ComfyUI（HTTP 404）。</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service} 出现问题（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>请查看 ComfyUI 自己的窗口或日志，然后重试。</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service} 无法执行该请求（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>请在“设置”中检查工作流和服务器地址。</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>节点 {node}（{type}）：{words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service} 拒绝了该工作流：{reason}。</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>请在服务器上安装它提到的内容（模型文件或自定义节点），或选择其他工作流。</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>节点 {node}（{type}）</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service} 的 GPU 显存不足以运行此模型（大约需要 {size:g} GB）。</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service} 的 GPU 显存不足以运行此模型。</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>请在“设置”中选择更小的工作流（FLUX.2 [klein] 4B），关闭其他使用 GPU 的程序，或使用 GPU 更大的服务器。</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service} 在 {node} 中因错误而停止：{reason}。</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>详情请查看 ComfyUI 自己的窗口或日志。</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service} 在生成你的头像时重启或丢失了该任务。</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>在 {service} 生成你的头像时，与它的连接中断了。</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>未保留任何内容。请检查 ComfyUI 是否正在运行，然后重试。</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>该任务在 {service} 上被停止（有人在那里点击了取消，或任务被中断）。</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>未保留任何内容。请重试。</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>无法打开 {service} 的实时连接（WebSocket）。</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>请检查 ComfyUI 是否正在“设置”中的地址上运行。</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>{address} 没有任何响应。</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>请检查 ComfyUI 是否正在那里运行，并检查“设置”中的地址。</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>位于 {address} 的服务器不是 ComfyUI。</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>请检查“设置”中的地址。</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>（未提供版本）</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>没有 GPU，因此在处理器上运行（非常慢）</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu}，{size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>在 {server} 找到 ComfyUI {version}：{memory}。</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}：其许可证（{licence}）不允许商业用途。</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>不是对象的节点列表</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI 工作流 {workflow} 不接受参考照片；但选择了 {chosen} 张。</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>ComfyUI 工作流 {workflow} 最多接受 {count} 张参考照片；但选择了 {chosen} 张。</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI 工作流 {workflow} 最多接受 {count} 张参考照片；但选择了 {chosen} 张。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>请选择更少的参考照片，或选择带有 {{{{reference_1}}}}、{{{{reference_2}}}}、… 插槽的工作流（每个插槽对应一个 LoadImage）。</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>没有文件名的上传响应</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service} 未在 {minutes:.0f} 分钟内完成，因此任务已停止。</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>在小显存 GPU（或 CPU）上运行大模型可能会非常慢。</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service} 正在生成你的头像…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service} 已完成，但没有生成图像。</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>请检查工作流是否以 PreviewImage 或 SaveImage 节点结尾。</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI（你自己的服务器）</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>不会向任何云服务发送内容：照片只会发送到你运行的 ComfyUI 服务器，其保留内容取决于该服务器自己的设置。应用会将照片作为临时文件上传（ComfyUI 启动时会清除这些文件），并在头像返回后从服务器历史记录中删除该任务。</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>内置的工作流使用开放权重模型，你只需将其下载到服务器一次；它们的许可证各不相同（FLUX.1 Kontext [dev] 仅限非商业用途）。</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511（相似度最佳）</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B（快速，适合较小的 GPU）</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev]（仅限非商业用途）</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>以其作者所述为准</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>没有名为 {name} 的 ComfyUI 工作流。</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>已知工作流：{names}，或你自己的 API 格式工作流文件的路径。</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>无法读取工作流文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>工作流文件 {path} 比任何工作流都大（超过 2 MB）。</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>工作流文件 {path} 不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>工作流文件 {path} 不是 ComfyUI 的 API 格式。</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>在 ComfyUI 中使用“Workflow ▸ Export (API)”，然后选择该文件。</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>工作流文件 {path} 没有 {placeholders} 占位符。</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>在 LoadImage 指定图像名称的位置放入 {{{{photo}}}}，在文字所在位置放入 {{{{prompt}}}}；{{{{seed}}}}、{{{{width}}}} 和 {{{{height}}}} 是可选的。</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>工作流需要 {placeholder}，但应用不会填写它。</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>已知占位符：{names}。</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server} 上没有名为“{type}”的节点（此工作流的节点 {node}）。</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>请更新 ComfyUI，或安装提供该节点的自定义节点。</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>此工作流使用了“{type}”，这是一个会将图片发送到云服务的节点，因此应用不会运行它。</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>请选择只在你的服务器上运行的工作流。</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>{server} 的“{type}”节点没有名为“{name}”的输入（节点 {node}）。</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>请更新 ComfyUI：该工作流是为更新的版本制作的。</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server} 上没有 {workflow} 所需的模型文件 {file}（{type}）。</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} 请将其放入 ComfyUI 的 models/{folder} 文件夹（约 {size:g} GB；可从 {address} 获取）。</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>请将其下载到服务器并重启 ComfyUI，或选择其他工作流。</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>模拟服务商（开发者）</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>不会有任何内容离开这台电脑：模拟服务商在本地生成图片，且不保留任何内容。</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>暖色</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>冷色</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>单色</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>模拟头像的色调。</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>这是有意请求的失败：取消设置 {variable}（或 fail 选项）即可停止。</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>模拟服务商未接受该 API 密钥。</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>模拟服务商拒绝访问其模型。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>模拟服务商的账户余额已用完。</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>模拟服务商正在限制请求的发送速度。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>模拟服务商的安全系统拒绝了这张照片或风格的提示词。</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>模拟服务商无法执行该请求。</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>模拟服务商不提供所请求的内容。</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>模拟服务商自身出现了问题。</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>与模拟服务商的连接中断了。</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>模拟服务商未及时响应。</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>模拟服务商发送了无法读取的响应。</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>模拟服务商无法以 {value} 失败。</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>请使用 {kinds} 之一，后面可以加上 :N。</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>模拟服务商的延迟 {value} 不是 0 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>请修正 {variable} 或延迟选项。</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>模拟服务商没有名为 {model} 的模型。</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>请将模型留空或选择 {model}。</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>模拟服务商工作正常：它在这台电脑上免费生成头像。</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>模拟服务商没有名为 {look} 的外观。</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>请选择 {looks}。</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>正在这台电脑上生成模拟头像…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>模拟服务商无法读取该照片。</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>请换一张照片试试。</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>Gemini 的 {model} 最多接受 {count} 张参考照片。</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>请选择更少的参考照片，或选择更新的 Gemini 图像模型。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>{service} 的安全系统在生成之前拦截了请求（{reason}）：它标记了你的照片或风格文字。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>{service} 的安全系统拦截了它生成的头像（{reason}）。</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>{service} 已停止，因为结果与某张现有图像过于相似。</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service} 用文字回答，而没有生成头像。</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>这是 Gemini 拒绝的方式：请换一张照片或换一种风格试试。</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>{service} 这次没有生成图像（{reason}）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>请换一张照片（光线充足、画面中只有你）或换一种风格。用相同的照片和风格重试很可能会再次被拒绝。</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>Gemini API 版本 {version} 不是 Google 提供的版本。</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>请使用 v1 或 v1beta（或取消设置 {variable}）。</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>尚未设置 Gemini API 密钥。</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>你的 {service} 密钥的预付额度已用完。</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>请在 Google AI Studio（{address}）中充值或检查结算信息，然后重试。</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>此密钥目前无法用于 {service}。</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>请在 Google AI Studio 中为该密钥的项目启用结算：免费层级并非在所有地区都提供。</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>请检查该密钥的项目是否已启用 Gemini API 并可以使用此模型。</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service} 不向此密钥提供 {model}。</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service} 不向此密钥提供所请求的内容。</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>请在“设置”中选择其他模型（“测试密钥”会列出你的密钥可以使用的模型）。</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service} 生成图像用时过长（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>请在“设置”中检查模型和细节等级，或换一张照片试试。</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>无法正常连接到 {service}（HTTP {status}）。</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service} 返回的响应不是来自 Gemini（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>请在 Google AI Studio 中检查该密钥的项目，或在“设置”中输入模型名称。</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google 会将提示词和图像保留最多 55 天，用于监测滥用行为。在付费（已启用结算）的项目中，Google 不会使用它们来改进其产品。</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>在免费层级中，Google 可能会使用你发送的内容来改进其产品，Google 的人员也可能会查看这些内容：请使用已启用结算的 Google Cloud 项目中的密钥。</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>自 2026 年 10 月 26 日起创建的项目会保留请求日志，除非在 Google AI Studio 中关闭了日志记录。应用会要求 Google 不记录每个请求；在 AI Studio 中关闭日志记录可以确保这一点。</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Google 的条款规定，Gemini API 仅供年满 18 岁的人士用于专业或商业用途。</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>我的 Gemini API 密钥属于已启用结算的项目（付费层级）。</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Gemini 生成的每张图像都带有 Google 的隐形 SynthID 水印，表明其由 AI 生成。</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>提示词为空</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>提示词超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>形状 {shape} 不是 {shapes} 之一</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>细节等级 {level} 不是 {levels} 之一</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>预览数量必须为 0 到 {most}</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>变体最多为 {most} 个</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>参考照片最多为 {most} 张</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>无法使用这些生成设置：{problems}。</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>请在“设置”中更改它们，然后重试。</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>模型 {model} 已于 {when} 停用。请在“设置”中选择其他模型。</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>模型 {model} 将于 {when} 停用。请在此之前在“设置”中选择更新的模型。</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>正在上传到 {service}… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>正在上传到 {service}…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>正在接收头像… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>正在接收头像…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>正在等待 {service}…</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}：{reason}</translation>
    </message>
    <message>
        <source>the photo&apos;s colour profile could not be used; colours may look slightly different</source>
        <translation>无法使用照片的颜色配置文件；颜色可能看起来略有不同</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>照片的透明部分已用白色填充</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>文件已损坏或不完整</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>请在其他应用中打开以检查，或选择其他照片。</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>请使用照片的较小副本（宽度几千像素就足够了）。</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>此电脑无法打开 {format} 照片</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>请先将其转换为 JPEG。</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>图像过大（{megapixels} 百万像素）；上限为 {limit} 百万像素</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>图像过大；上限为 {limit} 百万像素</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>图像过大（{width} × {height} 像素）；上限为 {limit} 百万像素</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>图像太小，无法用于头像（{width} × {height} 像素）；短边至少需要 {minimum} 像素</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>请使用更大的照片，例如手机或相机中的原图。</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>GIF 动画：已使用第一帧</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>TIFF 文件有多页：已使用第一页</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>HEIC 文件包含多张图像：已使用第一张</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>文件包含多张图片：已使用第一张</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>动画图像：已使用第一帧</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>内存不足，无法打开此图像</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>照片已缩小到 {width} × {height} 像素，以低于服务商的 {limit} 上限</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG、PNG、HEIC、WebP、TIFF、BMP 或 GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>请使用照片的较小副本。</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>图像使用了无法读取的颜色格式</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>请将其另存为 JPEG 或 PNG，然后重试。</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>请选择一张照片：{formats}。</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>请将其导出或另存为 JPEG 或 PNG 照片，然后重试。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>请选择其他照片。</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>这不是 Headshot Desktop 能读取的照片</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>这是 PDF 文档，不是照片</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>请先将该页面导出为 JPEG 或 PNG 图像。</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>这是网页（HTML），不是照片</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>请从网页中保存图片本身（右键单击它，然后选择“图片另存为”），并使用该文件。</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>这是 SVG 绘图，不是照片</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>这是 XML 文档，不是照片</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>这是文本文件，不是照片</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>这是视频，不是照片</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>请从视频中截取一张静态图片，或选择一张照片。</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>这是压缩包，不是照片</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>请先解压，然后选择其中的照片。</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>不支持 {format} 文件</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>相机 RAW</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop（PSD）</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>图标（ICO）</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>请导出照片的较小副本（JPEG 即可），然后重试。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>请检查文件的权限，或将其复制到你自己的文件夹中并选择该副本。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>它可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>这是文件夹，不是照片</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>请打开该文件夹并选择其中的一张照片。</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>图像过大（{size}）；上限为 {limit}</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>文件过大（{size}）；上限为 {limit}</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是常规文件</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>请选择一个照片文件。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>无法读取文件（权限被拒绝）</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder} 是一个链接（指向 {target}），不是文件夹。Headshot Desktop 不会跟随链接离开其图库，因此不会处理此图库。</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>请将该链接替换为真实的文件夹（并将照片移入其中），或在“设置”中选择其他图库文件夹。</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text} 不是四个数字 x,y,w,h（宽度和高度的比例，例如 0,0.1,1,0.7）。</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text} 不是四个数字 x,y,w,h：每个都必须是 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text} 包含一个不是数字的值。</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}：x 和 y 是裁剪的起点，从 0（左、上）到小于 1。</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}：宽度和高度必须大于 0 且不超过 1（整张图像）。</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text} 超出了图像边缘：x + w 和 y + h 必须不超过 1。</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path}（是链接或不是文件：未复制）</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path}（是链接或在图库之外：未复制）</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>写入导出文件</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>已从系统回收站中移除 {count} 个你在应用中删除的文件。</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>在清空回收站之前，它们会一直留在那里。</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>你在应用中删除的 {count} 个文件仍在系统回收站中：{names}。{hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>未删除任何内容：删除所有数据需要明确确认。</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>请确认应删除所有内容。</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>未找到图库文件夹 {folder}（其所在的驱动器是否已连接？），因此其中的照片未被删除。记录其位置的设置已保留：请连接驱动器后再次运行此操作。</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>{folder} 中的图库：{error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>图库文件夹设置（{error}）</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what}保存为 PNG 将为 {size}，超过了 {limit} 的上限。</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>请选择 JPEG 或 WebP：会降低其质量，直到文件大小符合要求。</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>即使质量为 {quality}，{what}也无法控制在 {limit} 以内。</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>请选择更小的尺寸，或没有大小限制的预设。</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>文件名模板使用了 {field}，这不是已知字段。</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>请使用 {fields}。</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>文件名模板 {template} 无效。</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>无法导出为 {format}。</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>请选择 PNG、JPEG 或 WebP。</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>质量 {quality} 超出范围。</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>请使用 1 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name} 已不在图库中。</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>无法导出 {name}：文件已损坏或不是图像。</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>用于{preset}的 {name}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>导出头像</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>移动已取消；图库仍在原处。</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>图库文件夹 {folder} 已不存在。</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>如果它位于已断开连接的驱动器上，请连接该驱动器，然后使用“视图 ▸ 重新载入图库”（F5）。</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>创建图库文件夹</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>另一个 Headshot Desktop 正在删除图库 {folder}。</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>请等待其完成，或选择其他图库文件夹。</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>无法{action}：图库文件夹 {folder} 已不存在。</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>如果它位于已断开连接的驱动器上，请连接该驱动器，然后重试。</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>{provider} 返回的图像无法读取，因此未保存。</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>服务商返回的图像无法读取，因此未保存。</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>请尝试重新生成。</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>图库索引 {path} 是由更新版本的 Headshot Desktop 写入的。</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>请更新应用以打开此图库。</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>该原始照片（编号 {number}）已不在图库中。</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>该头像（编号 {number}）已不在图库中。</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>将已付费的头像保存在恢复文件夹中</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>读取恢复文件夹</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>无法删除 {path}（{error}）。</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>请选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target} 位于图库文件夹 {source} 之内，因此无法将图库移动到那里。</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>请选择其外部的文件夹。</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target} 包含图库文件夹 {source}，因此无法将图库移入其中。</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>未找到图库文件夹 {source}，因此没有可移动的内容。</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>如果它位于未连接的驱动器上，请连接该驱动器，然后重试。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target} 中已有一个图库，其中有 {photos} 张照片和 {batches} 个团队批次。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target} 中已有一个图库，其中有 {photos} 张照片。</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target} 中已有一个图库，其中有 {batches} 个团队批次。</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>请选择一个空文件夹来移动你的图库，或按原样使用那个图库。</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 以及另外 {count} 个</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target} 不为空（{names}），也不是 Headshot Desktop 图库。</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>{target} 中没有足够的可用空间来存放图库：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>请在该磁盘上释放一些空间，或选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>图库 {folder} 已在另一个 Headshot Desktop 窗口或命令中打开。</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>请将其关闭，或等待命令完成，然后重试。未移动任何内容。</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>锁定图库</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>替换空图库的索引</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>{target} 在移动图库期间出现，并且与 {source} 不同。</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>未从旧图库中删除任何内容。请选择一个空文件夹，然后重试。</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>复制图库</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>{folder} 中 {name} 的副本与原文件不同。</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>磁盘可能出现故障。未从旧图库中删除任何内容。</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>已删除 {originals} 张原始照片和 {headshots} 张头像。</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>已删除图库索引、{thumbnails} 个预览、{logs} 个日志文件以及 {others} 个设置和状态文件。</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>已删除 {batches} 个团队批次：每个批次中的人员及其照片的位置。</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>已从系统钥匙串中移除 {providers} 的 API 密钥。</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>无法检查已保存的 API 密钥：{problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>没有为 {providers} 保存 API 密钥。</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>之前有 {count} 个文件被移到系统回收站（通过删除或保留期限设置）：{names}。如果此后回收站未被清空，它们仍在那里：清空回收站即可将其删除。</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>这些文件不属于本应用，已保留在原处：{paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>未删除：{error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>图库 {folder} 已在 Headshot Desktop 中打开（某个窗口，或仍在运行的命令）。</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>请关闭所有 Headshot Desktop 窗口，等待正在运行的命令完成，然后重试。未删除任何内容。</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder}（未删除：它不是本应用自己的文件夹）</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>无法删除旧日志文件 {path}（{error}）。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>请检查你是否有权更改 {folder} 中的文件。</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>文件名或文件夹路径过长；请选择更短的。</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>无法{action}：磁盘已满（{path}）。</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>无法{action}（{path}）。</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} 已存在于 {folder} 中。</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>请选择其他名称，或允许替换（在命令行中：--force）。</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>未找到图库文件夹 {folder}。</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>如果它位于未连接的驱动器上，请连接该驱动器，然后重试；否则请在“设置”中选择其他图库文件夹。</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>图库索引文件所在的位置是一个文件夹（{path}）。</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>请将该文件夹移出图库文件夹；之后会根据你的照片重建索引。</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>存放图库的磁盘已满（{folder}）。</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>图库 {folder} 是只读的。</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>你可以查看它并从中导出；若要向其中添加内容，请选择一个你有权更改的文件夹。</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>图库索引 {path} 正忙。</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>可能有其他程序正在使用它；请关闭该程序，然后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>读取或写入图库索引（{path}）时磁盘报告了错误。</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>请检查驱动器是否仍已连接且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>无法打开图库索引 {path}。</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>无法使用图库索引 {path}（{error}）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>请重试；如果仍然失败，请将索引文件移走，之后会根据你的照片重建索引。</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>图库 {folder} 正忙。</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>可能有另一个 Headshot Desktop 窗口正在向其保存内容；请稍后重试。</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>图库的锁文件 {path} 是一个链接。Headshot Desktop 不会跟随链接离开其图库。</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>请删除该链接（其中没有你的任何内容），然后重试。</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>图库锁文件所在的位置是一个文件夹（{path}）。</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>请将该文件夹移出图库文件夹，然后重试。</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>使用图库的锁文件</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>图库 {folder} 是只读的，因此 Headshot Desktop 无法在那里{action}。</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>你可以查看它并从中导出；若要向其中添加内容，请将其复制到你有权更改的文件夹，并在“设置”中选择该文件夹。</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>图库已关闭。</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>存储照片 {name}</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>保存照片 {name}</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>保存头像</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>将其标记为保留</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>删除它</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>无法显示 {name} 的预览：文件已损坏或不是图像。</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>无法在 {folder} 中保存预览。</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>它已被移动或删除。</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>无法删除 {path}。</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>请检查你是否有权更改图库文件夹中的文件。</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>无法将 {path} 移到回收站。</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>请检查你是否有权更改图库文件夹中的文件。你也可以改为将其永久删除。</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>系统回收站中的 {path}（{error}）</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>眼镜</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>灰白或花白的头发</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>胡须或胡茬</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>雀斑和痣</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>自然的牙齿</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>皮肤纹理（不磨皮）</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>看起来的年龄</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>体型</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>肤色</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>发型</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>没有名为 {features} 的可保留特征（已知：{known}）</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>用你自己的话描述的保留内容最多 {limit} 个字符</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>尚未设置 OpenAI API 密钥。</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>OpenAI 的 {model} 最多接受 {count} 张参考照片。</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI 无法以 {format} 格式发送图像。</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>请选择 png、jpeg 或 webp。</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>响应中没有图像</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>数据流中的 JSON 格式错误</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>不是对象的数据流事件</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>{expected} 张图像对应 {count} 个预览</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>一个预览</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>数据流在图像完成之前就停止了</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>连接结束前只收到了 {count}/{expected} 张图像。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>请重试；如果使用自定义服务器时问题持续，请检查它是否与 OpenAI 兼容。</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>你的 {service} 组织必须经过验证才能使用模型 {model}。</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>你的 {service} 组织必须经过验证才能使用此模型。</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>请在服务商的设置中验证你的组织（{address}，“Verify Organization”）；获得访问权限最多可能需要 15 分钟。或在“设置”中选择其他模型。</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>请检查你的密钥和组织是否可以使用此模型。</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service} 接受请求用时过长。</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>请在“设置”中检查模型、尺寸和质量，或换一张照片试试。</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service} 在生成图像时停止了。</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service} 返回了意外的响应（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>请检查该密钥的项目是否可以使用 GPT 图像模型，或在“设置”中输入模型名称。</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI 作为 API 请求的处理方：默认情况下不会用它们进行训练，并根据其自身政策将输入和输出保留最多 30 天，用于监测滥用行为。</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>OpenAI 发送头像所用的格式。</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>“高”会保留更多你的特征；会多消耗一些输入 token。</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>对于无法流式传输的 OpenAI 兼容服务器，请关闭此项。</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
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
        <translation>服务器区域</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>紧密保持面部特征</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>生成时显示预览</translation>
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
        <translation>头像图标</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>团队页面</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>肖像 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>打印 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>试镜 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation>{name}（{width} × {height}，{dpi} dpi）</translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation>{name}（{width} × {height}）</translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation>其 {key} {value} 不是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>某个条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>id {id} 不是由小写字母、数字和短横线组成</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>预设 {id} 没有名称</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>{id} 的尺寸不是 {low} 到 {high} 之间的 [width, height]</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>{id} 的格式不是 png、jpeg 或 webp</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>{id} 的 round_preview 不是 true 或 false</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>它没有 &quot;presets&quot; 列表</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}：预设 {preset} 使用了内置预设的 id，已被忽略。</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>没有名为 {preset} 的导出尺寸。</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>请选择 {presets}。</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset} 需要 {width} × {height} 像素；这张头像为 {has_width} × {has_height}。</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset} 需要 {width} × {height} 像素；这张头像为 {has_width} × {has_height}，构图部分为 {framed_width} × {framed_height}。</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>请以高细节和更大尺寸重新生成，或仍然放大：普通放大（Lanczos）看起来更柔和，且不会增加细节。</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>约 {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>无法写入支出日志 {path}。</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>{model} 的价格未知</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>{model} 的单张图像价格未知</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>位于 {host} 的 {title} 兼容服务器</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable} 指向 {host}，而不是 {title} 自己的服务：该服务器保留什么由其运营者决定。关于它转发给 {title} 的内容：{privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>请重试；如果使用自定义服务器地址时问题持续，请检查 {variable}。</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>请在“设置”中输入你的密钥，或设置 {variable}。</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>请检查服务器地址（{variable}），或稍后重试。</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service} 未接受该 API 密钥。</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>请检查密钥，或在 {address} 创建新密钥，然后重新输入。</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service} 不提供所请求的内容。</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>请在“设置”中选择其他模型，或检查服务器地址。</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} 自身出现了问题（HTTP {status}）。</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>这通常是暂时的：请几分钟后重试。</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service} 无法执行该请求。</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>请重试，或选择其他风格。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>密钥有效：{service} 已接受它。</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>请检查“设置”中的服务器地址。</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>不是 JSON 对象的响应</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>一张图像</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service} 拒绝了访问。</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service} 正在限制请求的发送速度。</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>请稍等一分钟再试，或一次请求更少的变体。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>密钥有效：{service} 为其提供 {count} 个图像模型。</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service} 未向此密钥提供任何图像模型。</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>响应被截断了</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} 或“设置”中的服务器地址</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>服务器地址 {address} 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>服务器地址 {address} 必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>请检查{where}。</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>服务器地址 {address} 使用明文 http://，这会以未加密方式发送你的密钥和照片。</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>请使用 https://。只有这台电脑上的服务器（localhost）才允许使用明文 http://。</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable} 指向 {path}，但该路径不存在。</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>请修正或取消设置 {variable}，然后重新启动应用。</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>无法读取 {path} 中的证书。</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>它可能仍在生成图像，并且仍可能收费：重试前请查看你的用量页面。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>请重试；如果使用自定义服务器地址时问题持续，请检查它是否为正确的服务器。</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>“设置”中的服务器地址</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} 它说：“{message}”</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <translation>{first}。{second}</translation>
    </message>
    <message>
        <source>The connection to {service} broke off while the answer was arriving.</source>
        <translation>在接收响应时，与 {service} 的连接中断了。</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service} 未及时响应。</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>生成图像可能需要几分钟；请重试，也可以减少变体数量。</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>无法验证与 {host} 的安全连接（TLS 证书问题）。</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>如果你的网络使用自己的证书颁发机构，请将 SSL_CERT_FILE 设置为其证书文件（PEM），然后重新启动应用。</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>无法解码的响应内容</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>请检查你的互联网连接（或代理），然后重试。</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>无法连接到 {host}。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>请检查你的互联网连接（以及代理设置），然后重试。</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>无法使用 {service} 的服务器地址。</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>与 {service} 的连接中断了。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>请检查你的互联网连接，然后重试。</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service} 发送了无法读取的响应（{what}）。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>它可能已经生成了图像（并已收费）：重试前请查看你的用量页面。</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service} 响应时间过长（超过 {seconds:.0f} 秒），因此请求已停止。</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>发送你的照片后，{service} 未及时响应。</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>它可能仍在生成图像，并且可能已经收费：重试前请查看你的用量页面。</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>大小为 {size:.0f} MB 的响应，超过了图像可能达到的 {limit} MB</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>没有图像数据的{what}</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>base64 已损坏的{what}</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>不是图像的数据</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>请选择更少的参考照片。</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>你的 {service} 账户余额已用完。</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>请充值或提高支出上限（{address}），然后重试。</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>{service} 的安全系统拒绝了这张照片或风格的提示词。</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>请换一张照片（光线充足、画面中只有你）或换一种风格。用相同的照片和风格重试会再次被拒绝。</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>超过 {size} MB 的一行</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>超过 {size} MB 的事件</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>没有名为 {name} 的图像服务商。</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>已知服务商：{names}。</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>{title} 服务商仅供开发者使用。</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>设置 {variable}=1 即可使用。</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>一个任务最多接受 {count} 张参考照片</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider} 不接受参考照片</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider} 最多接受 {count} 张参考照片</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>变体数量必须为 1 到 {count}</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider} 提供的细节等级为 {levels}，而不是 {asked}</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider} 生成的形状为 {shapes}，而不是 {asked}</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider} 没有选项 {option}（其选项：{options}）</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider} 没有选项 {option}</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>{provider} 的选项 {option} 接受 {choices}，而不是 {asked}</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>细节等级 {detail} 未知。</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>请用自拍重新生成。</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>请说明要修改的内容，例如“领带改为海军蓝而不是红色”或“少一点笑容”。</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>指令超过 {count} 个字符：每次只做一处修改。</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>头像 {name} 已不在图库中，因此无法精修。</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>请选择其他头像。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>生成 {name} 所用的自拍已不在图库中，因此应用无法据此保持相貌。</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>生成 {name} 所用的自拍已不在图库中。</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>正在准备你的照片…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>正在准备你的照片…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>头像 {name} 已不在图库中：它已被移到回收站或删除。</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>请选择其他要精修的头像。</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider} 不接受更多照片，因此精修仅以该头像为依据，而不是你的自拍。</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>无法执行此任务：{problems}。</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>{total} 张头像中已有 {saved} 张保存到图库。</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>有一个变体失败：{error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>无法记录此任务的支出：{error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>图像 {number} 到达时已损坏，因此无法保存。</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence}{hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>无法保存图像 {number}：{error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>无法保存图像 {number}：{error} 将其保存在恢复文件夹中也失败了：{recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>无法将图像 {number} 保存到图库中（{error}）。它已保存在 {folder} 中；待图库可以再次接收时，请使用 `headshot-desktop library recover` 或窗口中的“头像 ▸ 恢复保留的头像”。</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>照片 {name} 已不在图库中：它已被移到回收站或删除。</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>请重新打开它（或选择其他照片），然后生成。</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>商务灰</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>经典的公司网站肖像：深色西装、无缝灰色背景、柔和的影棚光。</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>藏青西装</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>利落的藏青色西装配浅色衬衫，浅色背景：自信而正式。</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>商务休闲</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>西装外套不系领带，暖中性色背景：专业而轻松。</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>创业公司</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>身着精致休闲装，身后是明亮、现代且柔和虚化的办公室。</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>创意影棚</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>黑色上衣配深色彩色背景，搭配富有立体感的影棚光。</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>户外自然光</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>户外阴影处，背景是柔和的绿色散景：友好而亲切。</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>学术</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>身着西装外套，背景是柔和虚化的书架，适用于教职人员页面和会议简介。</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>身穿白大褂，置身明亮整洁的诊所：适用于诊所、医院和健康类简介。</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>身着深色西装，置身木质护墙板装饰的办公室：严肃而值得信赖。</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>明亮、温暖、亲切，身后是明亮的现代室内环境。</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>演员头像</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>试镜风格的头像：真实自然、素色上衣、中性背景、极简造型。</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>经典黑白</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>深色背景上的经典单色肖像。</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>身着深色西装，置身俯瞰城市的高层玻璃幕墙办公室。</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>会议演讲者</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>身着得体服装，身后是虚化的暖色舞台灯光：适用于演讲者简介。</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>精修</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>无法保存此风格：{problems}。</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>没有 &quot;styles&quot; 列表</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>某个条目不是风格</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>其 &quot;styles&quot; 不是列表</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>没有名为 {style} 的风格。</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>列出风格即可查看其名称。</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>内置风格 {style} 无法更改。</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>请改为添加一个你自己的风格。</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>你没有名为 {style} 的风格。</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>无法将你的风格保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>它的嵌套层级过深</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>它不是有效的 JSON（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path} 已损坏（{reason}），已被忽略；将使用默认值。</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path} 已损坏（{reason}）；它已另存为 {name}，并将使用默认值。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>无法读取 {path}（{error}）；将使用默认值。</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>它大于 {size} MB</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>它不包含 JSON 对象</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>未安装 {program}</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program} 无法启动（{error}）</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program} 找不到用于显示它的程序（退出代码为 {code}）</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>无法显示文件夹 {folder}：{problem}。</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>请自行在文件管理器中打开该文件夹。在 Linux 上，显示文件夹需要文件管理器和 xdg-open（xdg-utils 软件包）。</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>来自环境变量 {variable}</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>仅限本次会话（应用关闭后即被清除）</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>在系统钥匙串中</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>一个换行符</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>一个控制字符</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>一个非 ASCII 字符</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>API 密钥中包含{what}，任何服务器都不会接受：这是无法发送的字符。</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>请从服务商的页面重新复制密钥（作为一整行），然后粘贴。</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>系统钥匙串已锁定。</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>请将其解锁（重新登录桌面会话），或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>没有可用于存储 API 密钥的系统钥匙串。</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>请安装或启动钥匙串服务（GNOME Keyring、KWallet、KeePassXC），或仅在本次会话中保留密钥。</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>请检查你是否有权读取该文件。</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>每行格式为：name,photo[,reference…]；路径可以相对于 CSV 文件所在的文件夹。</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>人员列表 {name} 是文件夹，不是 CSV 文件。</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>人员列表 {path} 不存在。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>无法读取人员列表 {name}：{error}。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>无法使用人员列表 {name}：文件过大（超过 4 MB）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>无法读取文件夹 {folder}：{error}。</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>请检查你是否有权读取该文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>文件夹 {folder} 中没有照片。</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>请将团队的照片（JPEG、PNG、HEIC、WebP…）直接放入其中。</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>照片 {path} 不存在。</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>人员列表 {name} 中没有任何人。</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>人员列表 {name} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>请将其另存为“CSV UTF-8”，然后重试。</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>无法将人员列表 {name} 作为 CSV 读取：{error}。</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}：缺少姓名。</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}：{name} 没有照片。</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}：{name} 有 {count} 张参考照片；一个任务最多接受 {most} 张。</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>请保留最清晰的几张。</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}：{cell} 是文件夹，不是照片。</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}：照片 {cell} 不存在（查找位置：{path}）。</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>请让它在那里完成，或在那里停止它，然后在这里继续。</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>此批次正在另一个窗口或命令中处理：{batch}（其锁 {path} 已被占用）。未做任何更改。</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>无法锁定团队批次 {path}（使用其旁边的 {lock}）：{error}。</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>请检查图库文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>批次在超出支出上限 {cap} 之前停止：已支出 {spent}。</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>批次在超出支出上限 {cap} 之前停止：已支出 {spent}（下一个人约需 {estimate}）。</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>照片 {photo} 已不在原处：它在添加后被移动或删除了。请将其放回，然后重试失败的人员。</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>生成这些头像时出错（{error}）。详情请查看日志。</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>批次已停止：{reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>批次已取消；继续时还有 {left} 人待处理。</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit}还有 {left} 人待处理；提高上限即可继续。</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>此处不认识套件的导出尺寸 {preset}。</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>请在套件中选择其他导出尺寸，或在“导出尺寸”中添加它。</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>套件的文件格式 {format} 未知。</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>请选择 PNG、JPEG 或 WebP。</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>{total} 张头像中有 {failed} 张无法导出：{problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>其余 {count} 张在 {folder} 中。</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>请打开用“保存团队套件”或 `headshot-desktop kit new` 创建的套件。</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>团队套件</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>无法打开团队套件 {name}：它是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>团队套件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>无法读取团队套件 {name}：{error}。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>无法使用团队套件 {name}：它太大了，不可能是团队套件。</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>无法创建团队套件 {source}</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>此处没有名为 {style} 的风格；套件需要它或一个提示词。</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>此处没有名为 {preset} 的导出尺寸（现有：{presets}）。</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>没有名为 {provider} 的图像服务商（已知服务商：{known}）。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>无法使用团队套件 {name}：它不是 JSON 文本（可能已损坏）。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>无法将团队套件 {name} 保存到 {folder}：有一个文件挡住了位置。</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>团队套件 {name} 已存在于 {folder} 中；已保持原样。</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>请选择其他名称，或替换它。</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>无法将团队套件 {name} 保存到 {folder}：{error}。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个你有权写入的文件夹。</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>无法使用团队套件 {source}</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}：{reason}。</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>请修正该字段，或重新创建套件。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot; 必须是一组字段（{{…}}），而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot; 必须是文本，而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot; 最多 {limit} 个字符，而不是 {length} 个</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot; 必须是 {choices} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot; 必须是 {low} 到 {high} 之间的整数，而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot; 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot; 必须是 true 或 false，而不是{kind}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>非数字</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>文本 {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>一组字段</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}：它不是 Headshot Desktop 团队套件。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot; 必须是从 1 开始的整数，而不是{kind}</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>团队套件 {source} 是由更新版本的 Headshot Desktop 创建的（套件版本 {version}；此版本可读取 {supported}）。</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>请更新应用以打开它。</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; 为空</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>为套件起个名字，例如团队的名称。</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot; 为空</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>请指定一个图像服务商：`headshot-desktop providers` 会列出它们的 id。</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>它既没有 &quot;style&quot; 也没有 &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>请为其指定一个风格 id 或它自己的提示词。</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot; 必须是特征名称的列表，而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot; 指定了 {names}，这不是可保留的特征</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>请使用 {features}。</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot; 必须是一组选项名称和文本值，而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot; 为空</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>请指定一个导出尺寸，例如 linkedin。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot; 必须是 &quot;&quot;、{formats}，而不是 {value}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot; 必须是 null 或四个数字 [x, y, w, h]，而不是{kind}</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot; 不是有效的构图（{problem}）</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>请使用 {fields}。</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot; 为空</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template} 无效（{error}）</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot; 使用了 {field}，这不是已知字段</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>请从其套件重新开始批次；它已生成的头像仍在图库中。</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>团队批次 {name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>团队批次 {path} 不存在。</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>无法读取团队批次 {name}：{error}。</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>无法使用团队批次 {name}：它太大了，不可能是批次。</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>使用 `headshot-desktop batch --list` 列出批次。</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>批次 {batch} 的套件</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source} 不是 Headshot Desktop 团队批次。</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source} 没有有效的版本号，因此无法读取。</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source} 是由更新版本的 Headshot Desktop 写入的（批次格式 {version}；此版本最多可读取 {supported}）。</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>请更新 Headshot Desktop 以继续此批次。</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>它没有列出任何人员</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>第 {number} 个人</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>有两个人的键相同</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>缺少其 {field}</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>其 batch_id 为空</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>缺少其套件</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>其 {field} 不是数字</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source} 已损坏：{problem}。</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>请先停止批次再移除人员：批次正在处理中。</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>请点击“停止”，然后移除他们。</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>无法将团队批次保存到 {path}：{error}。</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>请检查图库文件夹是否存在且有可用空间。</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>团队批次的存放位置 {place} 是指向图库之外的链接，因此批次未保存在那里。</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>请在图库中用名为 {folder} 的真实文件夹替换该链接。</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>团队批次 {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source} 已损坏：它不是有效的 JSON。</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>已生成 {variants} 张头像中的 {made} 张；服务商的速率限制阻止了其余部分，将在轮到此人的下一次生成。</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>没有可保留的头像。</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} 不是对象</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} 没有 {field}</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where} 的状态 {status} 未知</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where} 的参考照片不是路径列表</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where} 的头像 id 不是数字列表</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where} 的缺失变体不是小数字列表</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where} 的开始时间不是文本</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where} 的 {field} 不是数字</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where} 的费用不是数字</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>批次未开始：它设有 {cap} 的支出上限，但此套件的服务商价格未知，因此无法遵守该上限。请移除上限以仍然创建批次，或选择价格已知的模型。</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} 个已完成</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} 个被拒绝</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 个失败</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>批次已完成：{counts}；已支出 {spent}。</translation>
    </message>
</context>
</TS>
