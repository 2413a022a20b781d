<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.</source>
        <translation>Headshot Desktop은 MIT 라이선스의 자유 소프트웨어입니다. Qt와 PySide6(LGPLv3), Pillow(MIT-CMU), pi-heif와 libheif(BSD-3 / LGPLv3), httpx(BSD-3), keyring(MIT), platformdirs(MIT), filelock(Unlicense), Send2Trash(BSD-3), 그리고 QtMultimedia를 통해 FFmpeg(LGPLv2.1+)를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Open Photo…</source>
        <translation>사진 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Photo</source>
        <translation>사진 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Take Photo with &amp;Camera…</source>
        <translation>카메라로 사진 찍기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>생성(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>선택 항목 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Move Selected to &amp;Trash</source>
        <translation>선택 항목을 휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Runs</source>
        <translation>모든 실행 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recover Kept Headshots…</source>
        <translation>보관한 헤드샷 복구(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New Style…</source>
        <translation>새 스타일(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Style…</source>
        <translation>스타일 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export All My Data…</source>
        <translation>내 데이터 모두 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>내 데이터 모두 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>라이브러리 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Show Create</source>
        <translation>만들기 보기</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>결과 보기</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>라이브러리 보기</translation>
    </message>
    <message>
        <source>Show Team</source>
        <translation>팀 보기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headshots</source>
        <translation>헤드샷(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Professional headshots from a selfie. Your photos and headshots are kept on this computer, in a folder you choose. To make a headshot, the photo goes only to the image provider you choose: a cloud service, with your own key, or your own server. No account, no telemetry.</source>
        <translation>셀카 한 장으로 전문적인 헤드샷을 만듭니다. 사진과 헤드샷은 이 컴퓨터의, 직접 고른 폴더에 보관됩니다. 헤드샷을 만들 때 사진은 직접 고른 이미지 제공자에게만 전송됩니다. 본인 키를 사용하는 클라우드 서비스이거나 본인의 서버입니다. 계정도, 원격 측정도 없습니다.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>서버를 확인하는 중…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>키를 확인하는 중…</translation>
    </message>
    <message>
        <source>{sentence} Models: {models}.</source>
        <translation>{sentence} 모델: {models}.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>확인이 끝나지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>No camera found. Connect a webcam, or open or paste a photo instead.</source>
        <translation>카메라를 찾을 수 없습니다. 웹캠을 연결하거나, 대신 사진을 열거나 붙여넣으십시오.</translation>
    </message>
    <message>
        <source>Camera access denied. Allow Headshot Desktop to use the camera in your system&apos;s privacy settings, then open this window again.</source>
        <translation>카메라 접근이 거부되었습니다. 시스템 개인정보 보호 설정에서 Headshot Desktop의 카메라 사용을 허용한 다음 이 창을 다시 여십시오.</translation>
    </message>
    <message>
        <source>Take a selfie</source>
        <translation>셀카 찍기</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>Camera viewfinder</source>
        <translation>카메라 뷰파인더</translation>
    </message>
    <message>
        <source>Camera message</source>
        <translation>카메라 메시지</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>촬영(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>다시 찍기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use this photo</source>
        <translation>이 사진 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Open a photo…</source>
        <translation>사진 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste a photo</source>
        <translation>사진 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>카메라가 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <source>Captured. Use this photo, or retake it.</source>
        <translation>촬영했습니다. 이 사진을 사용하거나 다시 찍으십시오.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare providers</source>
        <translation>제공자 비교</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;{style}&lt;/b&gt; from this photo with each provider you tick, side by side: one image each. A provider that refuses or fails says why; the others go on.</source>
        <translation>이 사진으로 &lt;b&gt;{style}&lt;/b&gt; 스타일을, 선택한 제공자마다 한 장씩 만들어 나란히 비교합니다. 거부하거나 실패한 제공자는 그 이유를 알려 주고, 나머지는 계속 진행합니다.</translation>
    </message>
    <message>
        <source>its default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Model for {provider}</source>
        <translation>{provider} 모델</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Keys: 1 slider, 2 side by side, F or Space flicker between before and after. Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. Left and right arrows move the divider. A: click both eyes on each photo to line them up.</source>
        <translation>키: 1 슬라이더, 2 나란히 보기, F 또는 Space 전후 전환. 더하기, 빼기 또는 휠로 확대/축소, 0 초기화, 드래그 또는 Shift+화살표로 이동. 왼쪽·오른쪽 화살표로 구분선 이동. A: 각 사진에서 양쪽 눈을 클릭해 위치를 맞춥니다.</translation>
    </message>
    <message>
        <source>Your headshots appear here.</source>
        <translation>헤드샷이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Before and after comparison</source>
        <translation>전후 비교</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>후</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{took} · {status}</source>
        <translation>{took} · {status}</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>{model} · {took} · {price}</source>
        <translation>{model} · {took} · {price}</translation>
    </message>
    <message>
        <source>Compare providers</source>
        <translation>제공자 비교</translation>
    </message>
    <message>
        <source>Choose a photo and a style first.</source>
        <translation>먼저 사진과 스타일을 선택하십시오.</translation>
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
        <translation>복사할 헤드샷을 결과 또는 라이브러리에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Copied “{name}” to the clipboard as {made_as}.</source>
        <translation>“{name}”을(를) {made_as}(으)로 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>복사하는 중…</translation>
    </message>
</context>
<context>
    <name>CropAdjust</name>
    <message>
        <source>The headshot could not be read.</source>
        <translation>헤드샷을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The crop could not be saved.</source>
        <translation>자르기를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Adjust the crop</source>
        <translation>자르기 조정</translation>
    </message>
    <message>
        <source>This crop is for this headshot only: everyone else keeps the kit&apos;s framing.</source>
        <translation>이 자르기는 이 헤드샷에만 적용됩니다. 다른 사람들은 키트의 구도를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>&amp;Back to the kit&apos;s framing</source>
        <translation>키트의 구도로 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back to the usual framing</source>
        <translation>기본 구도로 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>프레임에 담기는 부분</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>미리 보기 없음: “{name}”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels.</source>
        <translation>프레임에 헤드샷의 {full_width} × {full_height} 픽셀 중 {width} × {height}이(가) 담깁니다.</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with Alt and Shift).</source>
        <translation>그림을 드래그하거나 화살표 키로 프레임을 이동합니다(Shift를 누르면 더 멀리 이동). 휠이나 + 및 - 키로 확대/축소하고, Home 키로 기본 구도로 돌아갑니다. 눈 선과 턱 선을 눈과 턱이 놓일 위치로 드래그하거나, Alt와 위·아래 키로 이동합니다(턱 선은 Alt와 Shift).</translation>
    </message>
    <message>
        <source>Framing of the exported picture</source>
        <translation>내보낼 그림의 구도</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>그림을 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>CropGuides</name>
    <message>
        <source>Eyes</source>
        <translation>눈</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>턱</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>{app} data</source>
        <comment>the export&apos;s file name, before .zip</comment>
        <translation>{app} 데이터</translation>
    </message>
    <message>
        <source>Export all my data</source>
        <translation>내 데이터 모두 내보내기</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 압축 파일 (*.zip)</translation>
    </message>
    <message>
        <source>Saving all your data to {name}…</source>
        <translation>모든 데이터를 {name}에 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved {originals}, {headshots} and metadata.json to
{path}</source>
        <translation>{originals}, {headshots} 및 metadata.json을 다음 위치에 저장했습니다.
{path}</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>Your data could not be saved to {path}.</source>
        <translation>데이터를 {path}에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>This deletes every original and headshot in the library, its team batches, the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot be undone.</source>
        <translation>라이브러리의 모든 원본과 헤드샷, 팀 배치, 미리 보기 이미지, 로그, 설정, 그리고 시스템 키링에 저장된 API 키를 삭제합니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>내 데이터를 모두 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Looking for what you deleted earlier in the system trash…</source>
        <translation>이전에 삭제한 항목을 시스템 휴지통에서 찾는 중…</translation>
    </message>
    <message>
        <source>Nothing was deleted: the system trash could not be read.</source>
        <translation>아무것도 삭제하지 않았습니다. 시스템 휴지통을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleting all your data…</source>
        <translation>모든 데이터를 삭제하는 중…</translation>
    </message>
    <message>
        <source>{summary}

{app} will close now.</source>
        <translation>{summary}

이제 {app}을(를) 종료합니다.</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>데이터를 삭제했습니다</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>아무것도 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>일부를 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Your data could not all be deleted.</source>
        <translation>데이터를 모두 삭제할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Privacy &amp; data</source>
        <translation>개인정보 및 데이터</translation>
    </message>
    <message>
        <source>Empty these from the trash too?</source>
        <translation>휴지통에서도 비우시겠습니까?</translation>
    </message>
    <message>
        <source>Remove them from the trash as well? Only these files go; everything else in the trash stays.</source>
        <translation>휴지통에서도 제거하시겠습니까? 이 파일들만 제거되며, 휴지통의 다른 항목은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Remove from the trash</source>
        <translation>휴지통에서 제거</translation>
    </message>
    <message>
        <source>Keep them in the trash</source>
        <translation>휴지통에 유지</translation>
    </message>
</context>
<context>
    <name>DialogOps</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>설정을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Photo drop zone</source>
        <translation>사진 놓기 영역</translation>
    </message>
    <message>
        <source>Drop a selfie here, or press Enter to choose a file</source>
        <translation>셀카를 여기에 놓거나 Enter 키를 눌러 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop a selfie here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;or click to choose a file · Ctrl+V to paste&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;셀카를 여기에 놓으십시오&lt;/b&gt;&lt;/p&gt;&lt;p&gt;또는 클릭하여 파일 선택 · Ctrl+V로 붙여넣기&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;JPEG, PNG, HEIC, WebP, TIFF, BMP 또는 GIF&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your API key was rejected</source>
        <translation>API 키가 거부되었습니다</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>아직 API 키가 없습니다</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>이 키로는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>크레딧이 부족합니다</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>요청이 너무 많습니다</translation>
    </message>
    <message>
        <source>Refused by the safety system</source>
        <translation>안전 시스템이 거부했습니다</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>연결 없음</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>제시간에 응답이 없습니다</translation>
    </message>
    <message>
        <source>The provider had a problem</source>
        <translation>제공자에 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>이미지가 만들어지지 않았습니다</translation>
    </message>
    <message>
        <source>The system keyring is not available</source>
        <translation>시스템 키링을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>이 사진은 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>A setting needs attention</source>
        <translation>확인이 필요한 설정이 있습니다</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>설정 열기</translation>
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
        <translation>{model} (사용 가능한 최신)</translation>
    </message>
    <message>
        <source>Newest available</source>
        <translation>사용 가능한 최신</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>제공자 기본값</translation>
    </message>
    <message>
        <source>Choose a photo and a style to see the cost.</source>
        <translation>사진과 스타일을 선택하면 비용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>비용을 계산하는 중…</translation>
    </message>
</context>
<context>
    <name>ExportCollisions</name>
    <message>
        <source>A file of this name is already there</source>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>“{name}” is already in {folder}.</source>
        <translation>“{name}”이(가) 이미 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>Replace it, keep both (the new file gets a number, like “(2)”), or skip it?</source>
        <translation>바꾸시겠습니까, 둘 다 유지하시겠습니까(새 파일에 “(2)”처럼 번호가 붙습니다), 아니면 건너뛰시겠습니까?</translation>
    </message>
    <message>
        <source>Files of these names are already there</source>
        <translation>같은 이름의 파일들이 이미 있습니다</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Replace them, keep both (the new files get a number, like “(2)”), or skip them?</source>
        <translation>바꾸시겠습니까, 둘 다 유지하시겠습니까(새 파일에 “(2)”처럼 번호가 붙습니다), 아니면 건너뛰시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>둘 다 유지(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>The headshots could not all be exported.</source>
        <translation>헤드샷을 모두 내보낼 수 없었습니다.</translation>
    </message>
    <message>
        <source>Export the team&apos;s headshots into</source>
        <translation>팀 헤드샷을 내보낼 위치</translation>
    </message>
    <message>
        <source>Exporting into {folder}…</source>
        <translation>{folder}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Nothing was exported into {folder}: nobody is done yet.</source>
        <translation>{folder}(으)로 아무것도 내보내지 않았습니다. 아직 완료된 사람이 없습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled. The files written so far are whole.</source>
        <translation>내보내기가 취소되었습니다. 지금까지 쓴 파일은 온전합니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Si&amp;ze and file</source>
        <translation>크기 및 파일(&amp;Z)</translation>
    </message>
    <message>
        <source>Looking in the folder…</source>
        <translation>폴더를 살펴보는 중…</translation>
    </message>
    <message>
        <source>Could not look for the files in {folder}.</source>
        <translation>{folder}에서 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The headshots could not be exported.</source>
        <translation>헤드샷을 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>지금 쓰는 파일을 마친 후 중지하는 중…</translation>
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
        <translation>LinkedIn과 대부분의 사이트는 프로필 사진을 원형으로 표시합니다. 이 옵션은 미리 보기만 바꿉니다. 파일은 정사각형 그대로이며 사이트에서 잘라 냅니다.</translation>
    </message>
    <message>
        <source>Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no name, place, date or camera.</source>
        <translation>파일에 한 가지 정보만 기록합니다. 학습된 알고리즘이 그림을 만들었다는 것(IPTC “디지털 소스 유형”)입니다. LinkedIn 등의 사이트는 이 정보를 읽어 AI로 만든 사진임을 표시하며, EU AI법은 2026년 8월부터 이러한 표시를 요구합니다. 그 밖에 본인이나 사진에 대한 정보는 기록하지 않습니다. 이름, 장소, 날짜, 카메라 모두 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>크기 사전 설정</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Preview the round crop of profile sites</source>
        <translation>프로필 사이트의 원형 자르기 미리 보기</translation>
    </message>
    <message>
        <source>Label the file as made with AI</source>
        <translation>파일에 AI 생성 표시</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>파일 이름 템플릿</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {style} {n} {original} {preset}</source>
        <translation>필드: {date} {time} {style} {n} {original} {preset}</translation>
    </message>
    <message>
        <source>Files it will write</source>
        <translation>기록할 파일</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>내보내기 폴더</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Team page picture width</source>
        <translation>팀 페이지 사진 너비</translation>
    </message>
    <message>
        <source>Team page picture height</source>
        <translation>팀 페이지 사진 높이</translation>
    </message>
    <message>
        <source>The size your team page shows each person&apos;s picture at: ask whoever runs it, or look at one of the pictures there.</source>
        <translation>팀 페이지에서 각 사람의 사진이 표시되는 크기입니다. 페이지 관리자에게 묻거나 페이지의 사진 하나를 확인하십시오.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Team page:</source>
        <translation>팀 페이지(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>품질(&amp;Q):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>파일 이름(&amp;N):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>폴더(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ExportFraming</name>
    <message>
        <source>&amp;Reset framing</source>
        <translation>구도 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the usual framing: centred across, a little more cut from the bottom.</source>
        <translation>기본 구도로 돌아갑니다. 가로는 가운데에 맞추고, 아래쪽을 조금 더 잘라 냅니다.</translation>
    </message>
    <message>
        <source>What the frame holds</source>
        <translation>프레임에 담기는 부분</translation>
    </message>
    <message>
        <source>The headshot could not be read.</source>
        <translation>헤드샷을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>미리 보기 없음: “{name}”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The frame holds {width} × {height} of the headshot&apos;s {full_width} × {full_height} pixels (zoom {zoom}×).</source>
        <translation>프레임에 헤드샷의 {full_width} × {full_height} 픽셀 중 {width} × {height}이(가) 담깁니다(확대 {zoom}×).</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: “{name}” could not be read.</source>
        <translation>미리 보기 없음: “{name}”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>내보내기 미리 보기</translation>
    </message>
    <message>
        <source>Nothing left to write.</source>
        <translation>더 기록할 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Writes “{name}”.</source>
        <translation>“{name}”을(를) 기록합니다.</translation>
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
        <translation>“{name}”을(를) 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting {number} of {total}…</source>
        <translation>{total}개 중 {number}번째 내보내는 중…</translation>
    </message>
    <message>
        <source>Could not export “{name}” to {folder}.</source>
        <translation>“{name}”을(를) {folder}(으)로 내보낼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportSizes</name>
    <message>
        <source>Your own export sizes could not be read.</source>
        <translation>사용자 지정 내보내기 크기를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
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
        <translation>헤드샷 내보내기</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>You stopped the export before the last one.</source>
        <translation>마지막 파일 전에 내보내기를 중지했습니다.</translation>
    </message>
    <message>
        <source>Nothing was exported: the file is already in {folder}, and you chose to skip it. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>아무것도 내보내지 않았습니다. 파일이 이미 {folder}에 있고 건너뛰기를 선택했습니다. 다시 내보내면서 바꾸기 또는 둘 다 유지를 선택하거나, 다른 폴더나 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing was exported: all the files are already in {folder}, and you chose to skip them. Export again and choose Replace or Keep both, or choose another folder or file name.</source>
        <translation>아무것도 내보내지 않았습니다. 모든 파일이 이미 {folder}에 있고 건너뛰기를 선택했습니다. 다시 내보내면서 바꾸기 또는 둘 다 유지를 선택하거나, 다른 폴더나 파일 이름을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>ExportedCopies</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>복사가 중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>EyePoints</name>
    <message>
        <source>Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)</source>
        <translation>전 사진에서 왼쪽 눈을 클릭한 다음 오른쪽 눈을 클릭하십시오({clicked}/2)</translation>
    </message>
    <message>
        <source>Now the same two eyes on the after photo ({clicked}/2)</source>
        <translation>이제 후 사진에서 같은 두 눈을 클릭하십시오({clicked}/2)</translation>
    </message>
    <message>
        <source>The two points of a photo are too close together: click them again</source>
        <translation>한 사진의 두 점이 너무 가깝습니다. 다시 클릭하십시오</translation>
    </message>
    <message>
        <source>Lined up. Click near a point to move it; Delete clears them; A finishes</source>
        <translation>맞췄습니다. 점 근처를 클릭하면 이동하고, Delete 키로 지우며, A 키로 마칩니다</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <source>The app is not intended for children under 13.</source>
        <translation>이 앱은 13세 미만 어린이를 위한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and the stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>&lt;i&gt;개인정보 &amp;amp; 데이터&lt;/i&gt;에서 언제든지 라이브러리 폴더의 모든 파일을 보고, 전체를 zip 하나로 내보내거나, 전체(사진, 설정, 로그, 저장된 키)를 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>You can see every file in the library folder, export all of it as one zip, or delete all of it (photos, settings, logs and any stored keys) from &lt;i&gt;Privacy &amp;amp; data&lt;/i&gt; at any time.</source>
        <translation>&lt;i&gt;개인정보 &amp;amp; 데이터&lt;/i&gt;에서 언제든지 라이브러리 폴더의 모든 파일을 보고, 전체를 zip 하나로 내보내거나, 전체(사진, 설정, 로그, 저장된 모든 키)를 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>The app does no face detection or recognition and creates no face templates.</source>
        <translation>이 앱은 얼굴 감지나 인식을 하지 않으며 얼굴 템플릿을 만들지 않습니다.</translation>
    </message>
    <message>
        <source>{app} has no account, no analytics and no telemetry. Your originals and headshots are kept in a folder you choose; the app keeps no copy anywhere else.</source>
        <translation>{app}에는 계정, 분석, 원격 측정이 없습니다. 원본과 헤드샷은 직접 고른 폴더에 보관되며, 앱은 다른 곳에 사본을 두지 않습니다.</translation>
    </message>
    <message>
        <source>Your library stays on this computer</source>
        <translation>라이브러리는 이 컴퓨터에 남습니다</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>무엇을 누구에게 보내는지</translation>
    </message>
    <message>
        <source>No biometrics</source>
        <translation>생체 정보 없음</translation>
    </message>
    <message>
        <source>Your data, your rights</source>
        <translation>내 데이터, 나의 권리</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app}에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>What is sent to {provider}, and what it keeps</source>
        <translation>{provider}에 보내는 것과 {provider}가 보관하는 것</translation>
    </message>
    <message>
        <source>I am 13 years of age or older</source>
        <translation>만 13세 이상입니다</translation>
    </message>
    <message>
        <source>Confirm you are 13 or older</source>
        <translation>만 13세 이상임을 확인하십시오</translation>
    </message>
    <message>
        <source>The notice (the arrow keys scroll it)</source>
        <translation>안내문(화살표 키로 스크롤)</translation>
    </message>
    <message>
        <source>Before anything is sent</source>
        <translation>무언가를 보내기 전에</translation>
    </message>
    <message>
        <source>&amp;Accept and use {provider}</source>
        <translation>동의하고 {provider} 사용(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer until you have read this and confirmed your age.</source>
        <translation>이 내용을 읽고 나이를 확인하기 전에는 아무것도 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Your {provider} API key</source>
        <translation>{provider} API 키</translation>
    </message>
    <message>
        <source>You can also skip this and enter it later in Settings.</source>
        <translation>이 단계를 건너뛰고 나중에 설정에서 입력할 수도 있습니다.</translation>
    </message>
    <message>
        <source>A saved key is kept in your system keyring, never in a file.</source>
        <translation>저장된 키는 파일이 아니라 시스템 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose the {lowercase}</source>
        <comment>{lowercase}: the field&apos;s name in lower case; {name}: as written</comment>
        <translation>{lowercase} 선택</translation>
    </message>
</context>
<context>
    <name>Generating</name>
    <message>
        <source>Run it again?</source>
        <translation>다시 실행하시겠습니까?</translation>
    </message>
    <message>
        <source>This exact run is already in progress. Run it again and pay again?</source>
        <translation>이와 똑같은 실행이 이미 진행 중입니다. 다시 실행하고 비용을 다시 지불하시겠습니까?</translation>
    </message>
    <message>
        <source>Its card is on the Results tab. Change the style or an option to make a different run.</source>
        <translation>해당 카드는 결과 탭에 있습니다. 다른 실행을 하려면 스타일이나 옵션을 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>The same seed for everyone keeps the look consistent: each person&apos;s first variant is made with it, the second with the next number, and so on.</source>
        <translation>모두에게 같은 시드를 쓰면 분위기가 일관됩니다. 각 사람의 첫 번째 변형은 이 시드로, 두 번째는 다음 숫자로 만드는 식입니다.</translation>
    </message>
    <message>
        <source>Say what should change for everyone: clothing, backdrop, lighting, framing. The app adds the instructions that keep each face as it is.</source>
        <translation>모두에게 적용할 변경 사항을 적으십시오: 옷, 배경, 조명, 구도. 앱이 각 얼굴을 그대로 유지하는 지시를 덧붙입니다.</translation>
    </message>
    <message>
        <source>How every headshot is made</source>
        <translation>모든 헤드샷을 만드는 방법</translation>
    </message>
    <message>
        <source>Acme team page</source>
        <translation>Acme 팀 페이지</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>키트 이름</translation>
    </message>
    <message>
        <source>Image provider</source>
        <translation>이미지 제공자</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>제공자 기본 모델</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>사용자 지정 프롬프트</translation>
    </message>
    <message>
        <source>e.g. the scar above the left eyebrow</source>
        <translation>예: 왼쪽 눈썹 위의 흉터</translation>
    </message>
    <message>
        <source>Features to keep, in your words</source>
        <translation>유지할 특징(직접 작성)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 수준</translation>
    </message>
    <message>
        <source>Variants per person</source>
        <translation>사람당 변형 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>Draw another seed: a new look, the same for everyone.</source>
        <translation>다른 시드를 뽑습니다. 새로운 분위기가 모두에게 똑같이 적용됩니다.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>제공자:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>스타일:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>프롬프트:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>유지:</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>직접 작성:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>모양:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>세부 수준:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>변형:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>{provider} (not known here)</source>
        <translation>{provider}(여기서 알 수 없음)</translation>
    </message>
    <message>
        <source>{style} (not here)</source>
        <translation>{style}(여기에 없음)</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider}&apos;s own options, the same for everyone:&lt;/small&gt;</source>
        <translation>&lt;small&gt;모두에게 동일하게 적용되는 {provider} 고유 옵션:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>키트 이름을 정하십시오(예: 팀 이름).</translation>
    </message>
    <message>
        <source>Write the custom prompt, or choose a style.</source>
        <translation>사용자 지정 프롬프트를 작성하거나 스타일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter a seed (a whole number), or press New seed.</source>
        <translation>시드(정수)를 입력하거나 새 시드를 누르십시오.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {largest}.</source>
        <translation>시드는 0에서 {largest} 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{value} (not offered)</source>
        <translation>{value}(제공되지 않음)</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Queued…</source>
        <translation>대기 중…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Progress of {run}</source>
        <translation>{run} 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel {run}</source>
        <translation>{run} 취소</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Run {run} again</source>
        <translation>{run} 다시 실행</translation>
    </message>
    <message>
        <source>The same photo, style, options and provider again: paid again.</source>
        <translation>같은 사진, 스타일, 옵션, 제공자로 다시 실행합니다. 비용이 다시 청구됩니다.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Take the card of {run} away</source>
        <translation>{run} 카드 치우기</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>images of a run</comment>
        <translation>{total}개 중 {done}개</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>완료된 항목 지우기</translation>
    </message>
    <message>
        <source>Take the cards of every finished run away</source>
        <translation>완료된 모든 실행의 카드 치우기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;실행&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No runs yet. Choose a photo and a style, then press Generate.</source>
        <translation>아직 실행이 없습니다. 사진과 스타일을 선택한 다음 생성을 누르십시오.</translation>
    </message>
</context>
<context>
    <name>KeepChecklist</name>
    <message>
        <source>&lt;b&gt;Does it still look like you?&lt;/b&gt;</source>
        <translation>&lt;b&gt;아직 본인처럼 보입니까?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Features to check in this headshot</source>
        <translation>이 헤드샷에서 확인할 특징</translation>
    </message>
    <message>
        <source>Face and features</source>
        <translation>얼굴과 이목구비</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>피부 톤</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>머리카락</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>보이는 나이</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>your notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot.</source>
        <translation>모든 헤드샷에서 그대로 유지해야 할 항목을 선택하십시오.</translation>
    </message>
    <message>
        <source>Features to keep…</source>
        <translation>유지할 특징…</translation>
    </message>
    <message>
        <source>Keeping: {features}</source>
        <translation>유지: {features}</translation>
    </message>
    <message>
        <source>Features to keep</source>
        <translation>유지할 특징</translation>
    </message>
    <message>
        <source>Tick what must stay as it is in every headshot. The app adds it to every style&apos;s instructions; nothing here looks at your face.</source>
        <translation>모든 헤드샷에서 그대로 유지해야 할 항목을 선택하십시오. 앱이 이 내용을 모든 스타일의 지시에 덧붙입니다. 여기서는 얼굴을 분석하지 않습니다.</translation>
    </message>
    <message>
        <source>Anything else, in your words (e.g. “my scar above the left eyebrow”)</source>
        <translation>그 밖의 사항(직접 작성, 예: “왼쪽 눈썹 위의 흉터”)</translation>
    </message>
    <message>
        <source>What else to keep, in your words</source>
        <translation>그 밖에 유지할 사항(직접 작성)</translation>
    </message>
</context>
<context>
    <name>KeepWords</name>
    <message>
        <source>Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, and Delete asks again before removing them.</source>
        <translation>보관: 즐겨찾기입니다. 보관한 헤드샷과 그 원본은 보존 기간 설정으로 삭제되지 않으며, 삭제 시 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Keep: a favourite. A kept photo is never removed by the retention setting, and Move to trash asks again before removing it.</source>
        <translation>보관: 즐겨찾기입니다. 보관한 사진은 보존 기간 설정으로 삭제되지 않으며, 휴지통으로 이동 시 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Marked Keep</source>
        <translation>보관 표시됨</translation>
    </message>
    <message>
        <source>“{name}” is marked Keep.</source>
        <translation>“{name}”은(는) 보관 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Delete anyway?</source>
        <translation>보관한 항목은 즐겨찾기입니다. 그래도 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete, kept ones too</source>
        <translation>보관한 항목도 삭제</translation>
    </message>
    <message>
        <source>Kept items are your favourites. Move to the trash anyway?</source>
        <translation>보관한 항목은 즐겨찾기입니다. 그래도 휴지통으로 이동하시겠습니까?</translation>
    </message>
    <message>
        <source>Move to the trash, kept ones too</source>
        <translation>보관한 항목도 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Only those not kept</source>
        <translation>보관하지 않은 항목만</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Keep for this session only (not saved)</source>
        <translation>이 세션에만 유지(저장 안 함)</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>키 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>저장된 키 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>키 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the provider whether the key works. A key typed here is saved first.</source>
        <translation>키가 작동하는지 제공자에게 확인합니다. 여기에 입력한 키는 먼저 저장됩니다.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>키 상태</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API 키</translation>
    </message>
    <message>
        <source>Get a key from {provider}…</source>
        <translation>{provider}에서 키 받기…</translation>
    </message>
    <message>
        <source>Get a {provider} API key (opens {url} in your browser)</source>
        <translation>{provider} API 키 받기(브라우저에서 {url} 열기)</translation>
    </message>
    <message>
        <source>{names} or {name}</source>
        <comment>names of environment variables</comment>
        <translation>{names} 또는 {name}</translation>
    </message>
    <message>
        <source>&lt;small&gt;Or set {names} in the environment: it is read, never stored, and wins over a saved key.&lt;/small&gt;</source>
        <translation>&lt;small&gt;또는 환경 변수에 {names}을(를) 설정하십시오. 읽기만 하고 저장하지 않으며, 저장된 키보다 우선합니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{provider} needs no API key.</source>
        <translation>{provider}에는 API 키가 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Checking where the key is kept…</source>
        <translation>키가 보관된 위치를 확인하는 중…</translation>
    </message>
    <message>
        <source>Current key: {where}.</source>
        <translation>현재 키: {where}.</translation>
    </message>
    <message>
        <source>No system keyring is available, so a key can be kept for this session only.</source>
        <translation>시스템 키링을 사용할 수 없어 키를 이 세션에만 유지할 수 있습니다.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open {url} in yours.</source>
        <translation>웹 브라우저를 열 수 없습니다. 브라우저에서 {url}을(를) 여십시오.</translation>
    </message>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>시스템 키링이 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Where the key is kept could not be read.</source>
        <translation>키가 보관된 위치를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>먼저 키를 입력하거나 붙여넣으십시오.</translation>
    </message>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>Kept for this session.</source>
        <translation>이 세션 동안 유지합니다.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>키를 저장하는 중…</translation>
    </message>
    <message>
        <source>The key could not be saved.</source>
        <translation>키를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>저장된 키를 제거했습니다.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>저장된 키가 없습니다.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>키를 제거하는 중…</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>키를 제거할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>KeyStatusLine</name>
    <message>
        <source>being looked up…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>unknown: the system keyring did not answer</source>
        <translation>알 수 없음: 시스템 키링이 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>{key} · Library: {folder}</source>
        <translation>{key} · 라이브러리: {folder}</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Your own styles and export sizes could not be read; the built-in ones are offered.</source>
        <translation>사용자 지정 스타일과 내보내기 크기를 읽을 수 없어 기본 제공 항목을 표시합니다.</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>팀 키트</translation>
    </message>
    <message>
        <source>New team kit</source>
        <translation>새 팀 키트</translation>
    </message>
    <message>
        <source>Reading your styles and export sizes…</source>
        <translation>스타일과 내보내기 크기를 읽는 중…</translation>
    </message>
    <message>
        <source>What keeps the kit from being used</source>
        <translation>키트를 사용할 수 없는 이유</translation>
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
        <translation>홍길동</translation>
    </message>
    <message>
        <source>jane_doe</source>
        <translation>hong_gildong</translation>
    </message>
    <message>
        <source>Fractions of each headshot&apos;s width and height: 0.1,0.05,0.8,0.8 keeps the middle 80 % across and cuts a little off the top. After the batch you can still adjust one person&apos;s crop.</source>
        <translation>각 헤드샷 너비와 높이에 대한 비율입니다. 0.1,0.05,0.8,0.8은 가로 가운데 80 %를 유지하고 위쪽을 조금 잘라 냅니다. 배치가 끝난 후에도 한 사람의 자르기를 조정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.</source>
        <translation>{name}, {date}, {time}, {style}, {n}, {original} 또는 {preset}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>How every headshot is exported</source>
        <translation>모든 헤드샷을 내보내는 방법</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>내보내기 크기</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>As the size says</source>
        <translation>크기 설정에 따름</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>파일 이름 템플릿</translation>
    </message>
    <message>
        <source>Example file name</source>
        <translation>예시 파일 이름</translation>
    </message>
    <message>
        <source>Label the files as made with AI</source>
        <translation>파일에 AI 생성 표시</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>구도</translation>
    </message>
    <message>
        <source>Each size&apos;s usual framing</source>
        <translation>크기별 기본 구도</translation>
    </message>
    <message>
        <source>The same crop of every headshot</source>
        <translation>모든 헤드샷에 같은 자르기</translation>
    </message>
    <message>
        <source>Crop of every headshot, as fractions x,y,w,h</source>
        <translation>모든 헤드샷의 자르기(비율 x,y,w,h)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>품질:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>파일 이름:</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>구도:</translation>
    </message>
    <message>
        <source>Crop:</source>
        <translation>자르기:</translation>
    </message>
    <message>
        <source>{preset} (not here)</source>
        <translation>{preset}(여기에 없음)</translation>
    </message>
    <message>
        <source>Enter a file name template, e.g. {name}.</source>
        <translation>파일 이름 템플릿을 입력하십시오(예: {name}).</translation>
    </message>
    <message>
        <source>&lt;small&gt;For example: {name}&lt;/small&gt;</source>
        <translation>&lt;small&gt;예: {name}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>added by hand</source>
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>{style} {number}</source>
        <comment>a style&apos;s name and an image&apos;s number in its run</comment>
        <translation>{style} {number}</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>{title}, kept, from {photo}, {time}</source>
        <translation>{title}, 보관됨, {photo}에서, {time}</translation>
    </message>
    <message>
        <source>{title}, from {photo}, {time}</source>
        <translation>{title}, {photo}에서, {time}</translation>
    </message>
    <message>
        <source>From {photo}</source>
        <translation>{photo}에서</translation>
    </message>
    <message>
        <source>{time} · {model}</source>
        <translation>{time} · {model}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting; Delete asks again.</source>
        <translation>★ 보관됨: 보존 기간 설정으로 삭제되지 않으며, 삭제 시 다시 확인합니다.</translation>
    </message>
</context>
<context>
    <name>LibraryMove</name>
    <message>
        <source>The folder {folder} could not be checked.</source>
        <translation>{folder} 폴더를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Move your library?</source>
        <translation>라이브러리를 이동하시겠습니까?</translation>
    </message>
    <message>
        <source>With the new folder as it is, your photos stay in {old}.</source>
        <translation>새 폴더를 그대로 사용하면 사진은 {old}에 남습니다.</translation>
    </message>
    <message>
        <source>Each photo is copied and checked before the old one is removed, so none is lost if the move is interrupted.</source>
        <translation>각 사진을 복사하고 확인한 다음 이전 사진을 제거하므로, 이동이 중단되어도 사진을 잃지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use the new folder as it is</source>
        <translation>새 폴더를 그대로 사용(&amp;U)</translation>
    </message>
    <message>
        <source>The library folder could not be changed to {folder}.</source>
        <translation>라이브러리 폴더를 {folder}(으)로 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The library cannot be moved while headshots are being made: they are saved into it.</source>
        <translation>헤드샷을 만드는 동안에는 라이브러리를 이동할 수 없습니다. 헤드샷이 라이브러리에 저장되기 때문입니다.</translation>
    </message>
    <message>
        <source>Wait for the runs to finish (or cancel them), then choose the folder again in Settings.</source>
        <translation>실행이 끝날 때까지 기다리거나(또는 취소한 후) 설정에서 폴더를 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>Moving your library to {folder}…</source>
        <translation>라이브러리를 {folder}(으)로 이동하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Moving your library</source>
        <translation>라이브러리 이동 중</translation>
    </message>
    <message>
        <source>The library is now in {folder}, but these could not be removed from {old}: {listed}.</source>
        <translation>라이브러리가 이제 {folder}에 있지만, {old}에서 다음 항목을 제거할 수 없었습니다: {listed}.</translation>
    </message>
    <message>
        <source>They are copies or files of your own; remove them by hand if you no longer need them.</source>
        <translation>사본이거나 직접 넣은 파일입니다. 더 이상 필요하지 않으면 직접 제거하십시오.</translation>
    </message>
    <message>
        <source>The move was cancelled; your library stays in {old}.</source>
        <translation>이동이 취소되었습니다. 라이브러리는 {old}에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The library could not be moved to {folder}; nothing was removed from {old}.</source>
        <translation>라이브러리를 {folder}(으)로 이동할 수 없습니다. {old}에서 아무것도 제거하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Added by hand</source>
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된순</translation>
    </message>
    <message>
        <source>By style</source>
        <translation>스타일별</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a heading: the headshots made that month</comment>
        <translation>{year}년 {month}</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Filter by photo</source>
        <translation>사진으로 필터</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>스타일로 필터</translation>
    </message>
    <message>
        <source>Sort and group</source>
        <translation>정렬 및 그룹</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected headshots</source>
        <translation>선택한 헤드샷 보관</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected headshots to the trash</source>
        <translation>선택한 헤드샷을 휴지통으로 이동</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>스타일:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>He&amp;adshots</source>
        <translation>헤드샷(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Originals</source>
        <translation>원본(&amp;O)</translation>
    </message>
    <message>
        <source>The photos you brought in: see, keep or move them to the trash</source>
        <translation>가져온 사진: 보기, 보관하기, 휴지통으로 이동하기</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>모든 사진</translation>
    </message>
    <message>
        <source>{photo} · {time}</source>
        <comment>a photo and when it was brought in</comment>
        <translation>{photo} · {time}</translation>
    </message>
    <message>
        <source>All styles</source>
        <translation>모든 스타일</translation>
    </message>
    <message>
        <source>He&amp;adshots ({count})</source>
        <translation>헤드샷(&amp;A) ({count})</translation>
    </message>
    <message>
        <source>&amp;Originals ({count})</source>
        <translation>원본(&amp;O) ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>headshots shown of all</comment>
        <translation>{total}개 중 {shown}개</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>라이브러리를 사용할 수 없음</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Not everything chosen could be moved to the trash.</source>
        <translation>선택한 항목을 모두 휴지통으로 이동하지는 못했습니다.</translation>
    </message>
    <message>
        <source>Moved {photos} and {headshots} to the trash.</source>
        <translation>{photos}, {headshots}을(를) 휴지통으로 이동했습니다.</translation>
    </message>
    <message>
        <source>Moved nothing to the trash.</source>
        <translation>휴지통으로 이동한 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>Another photo of you</source>
        <translation>본인의 다른 사진</translation>
    </message>
    <message>
        <source>Reading the further photo and removing its metadata…</source>
        <translation>추가 사진을 읽고 메타데이터를 제거하는 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API key and library</source>
        <translation>API 키 및 라이브러리</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2 · Style&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;2 · 스타일&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>셀카 열기</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a photo first, then paste.</source>
        <translation>클립보드에 이미지가 없습니다. 먼저 사진을 복사한 다음 붙여넣으십시오.</translation>
    </message>
    <message>
        <source>Reading the photo and removing its metadata…</source>
        <translation>사진을 읽고 메타데이터를 제거하는 중…</translation>
    </message>
</context>
<context>
    <name>MorePixels</name>
    <message>
        <source>Makes this headshot again at the highest detail level your provider offers, at the size this needs where it makes one that large: a paid request, its cost shown before it is sent.</source>
        <translation>제공자가 제공하는 가장 높은 세부 수준으로 이 헤드샷을 다시 만듭니다. 제공자가 그만큼 크게 만들 수 있으면 필요한 크기로 만듭니다. 유료 요청이며, 보내기 전에 비용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Exports it anyway, enlarged: bigger, but no sharper.</source>
        <translation>그래도 확대해서 내보냅니다. 커지지만 더 선명해지지는 않습니다.</translation>
    </message>
    <message>
        <source>Enlarged: the file gets {needed} pixels made from {available}. It looks softer than a headshot made at that size, most of all in print, and adds no detail.</source>
        <translation>확대됨: 파일에 {available} 픽셀로 만든 {needed} 픽셀이 들어갑니다. 해당 크기로 만든 헤드샷보다, 특히 인쇄 시 더 흐릿해 보이며 세부 묘사가 늘지 않습니다.</translation>
    </message>
    <message>
        <source>Not enough pixels</source>
        <translation>픽셀이 부족합니다</translation>
    </message>
    <message>
        <source>Final in &amp;high detail…</source>
        <translation>높은 세부 수준으로 최종본 만들기(&amp;H)…</translation>
    </message>
    <message>
        <source>Enlarge &amp;anyway</source>
        <translation>그래도 확대(&amp;A)</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Make it again in high detail, or enlarge it anyway: a plain enlargement looks softer and adds no detail.</source>
        <translation>{name}{problem} {reach}높은 세부 수준으로 다시 만들거나 그래도 확대하십시오. 단순 확대는 더 흐릿해 보이며 세부 묘사가 늘지 않습니다.</translation>
    </message>
    <message>
        <source>{name}{problem} {reach}Enlarge it anyway (a plain enlargement looks softer and adds no detail), or choose a provider that makes larger images.</source>
        <translation>{name}{problem} {reach}그래도 확대하거나(단순 확대는 더 흐릿해 보이며 세부 묘사가 늘지 않습니다), 더 큰 이미지를 만드는 제공자를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>NewestDrawing</name>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>미리 보기를 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>See the log for details.</source>
        <translation>자세한 내용은 로그를 참조하십시오.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Image provider</source>
        <translation>이미지 제공자</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>변형 수</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 수준</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Choose a photo and a style.</source>
        <translation>사진과 스타일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>예상 비용</translation>
    </message>
    <message>
        <source>&amp;Generate  (Ctrl+Enter)</source>
        <translation>생성(&amp;G)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Generate headshots</source>
        <translation>헤드샷 생성</translation>
    </message>
    <message>
        <source>Where your photo goes</source>
        <translation>사진이 전송되는 곳</translation>
    </message>
    <message>
        <source>Features to keep in every headshot</source>
        <translation>모든 헤드샷에서 유지할 특징</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>비교(&amp;O)…</translation>
    </message>
    <message>
        <source>Make this style with several providers at once, side by side</source>
        <translation>이 스타일을 여러 제공자로 한 번에 만들어 나란히 비교합니다</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>추가 옵션(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>제공자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>변형(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>세부 수준(&amp;D):</translation>
    </message>
    <message>
        <source>Sh&amp;ape:</source>
        <translation>모양(&amp;A):</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3 · Options&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;3 · 옵션&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{option}:</source>
        <comment>a provider&apos;s option, before its choices</comment>
        <translation>{option}:</translation>
    </message>
    <message>
        <source>&amp;More options ({count})</source>
        <translation>추가 옵션(&amp;M) ({count})</translation>
    </message>
</context>
<context>
    <name>OriginalsModel</name>
    <message>
        <source>No headshots yet</source>
        <translation>아직 헤드샷 없음</translation>
    </message>
    <message>
        <source>no headshots yet</source>
        <translation>아직 헤드샷 없음</translation>
    </message>
    <message>
        <source>Brought in {time}</source>
        <translation>{time}에 가져옴</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>파일: {name}</translation>
    </message>
    <message>
        <source>★ Kept: never removed by the retention setting</source>
        <translation>★ 보관됨: 보존 기간 설정으로 삭제되지 않습니다</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>OriginalsPanel</name>
    <message>
        <source>Original photos</source>
        <translation>원본 사진</translation>
    </message>
    <message>
        <source>&lt;small&gt;The photos you brought in, without their metadata. Headshots are made from these.&lt;/small&gt;</source>
        <translation>&lt;small&gt;가져온 사진이며 메타데이터는 제거되었습니다. 헤드샷은 이 사진으로 만듭니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected photos</source>
        <translation>선택한 사진 보관</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>휴지통으로 이동(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected photos to the trash; you choose whether their headshots go too</source>
        <translation>선택한 사진을 휴지통으로 이동합니다. 헤드샷도 함께 이동할지 선택할 수 있습니다</translation>
    </message>
    <message>
        <source>Show &amp;its headshots</source>
        <translation>이 사진의 헤드샷 보기(&amp;I)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
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
        <translation>아직 사용 중</translation>
    </message>
    <message>
        <source>Move the photo “{name}” to the trash?</source>
        <translation>“{name}” 사진을 휴지통으로 이동하시겠습니까?</translation>
    </message>
    <message>
        <source>No headshots were made from it. You can get it back from the system trash.</source>
        <translation>이 사진으로 만든 헤드샷이 없습니다. 시스템 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>No headshots were made from them. You can get them back from the system trash.</source>
        <translation>이 사진들로 만든 헤드샷이 없습니다. 시스템 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Photo and headshots</source>
        <translation>사진과 헤드샷</translation>
    </message>
    <message>
        <source>Photos and headshots</source>
        <translation>사진과 헤드샷</translation>
    </message>
    <message>
        <source>Only the photo</source>
        <translation>사진만</translation>
    </message>
    <message>
        <source>Only the photos</source>
        <translation>사진만</translation>
    </message>
</context>
<context>
    <name>PeopleControl</name>
    <message>
        <source>Lists of people (*.csv);;All files (*)</source>
        <translation>인원 목록 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>사진으로 인원 추가</translation>
    </message>
    <message>
        <source>Add everyone in a folder</source>
        <translation>폴더의 모든 인원 추가</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>목록에서 인원 추가</translation>
    </message>
    <message>
        <source>The people in {file} could not be read.</source>
        <translation>{file}의 인원을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>These photos could not be added.</source>
        <translation>이 사진들을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or a folder holding them.</source>
        <translation>사진을 찾을 수 없습니다. 사진(JPEG, PNG, WebP, HEIC…) 또는 사진이 든 폴더를 추가하십시오.</translation>
    </message>
    <message>
        <source>These people could not be added to the batch.</source>
        <translation>이 인원을 배치에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people.</source>
        <translation>인원을 제거하려면 먼저 배치를 중지하십시오.</translation>
    </message>
    <message>
        <source>Only people still queued can be removed: the others have been run.</source>
        <translation>아직 대기 중인 인원만 제거할 수 있습니다. 나머지는 이미 실행되었습니다.</translation>
    </message>
    <message>
        <source>Remove from the batch?</source>
        <translation>배치에서 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove {names} from the batch?</source>
        <translation>{names}을(를) 배치에서 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>These people could not be removed from the batch.</source>
        <translation>이 인원을 배치에서 제거할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>{heading}: none</source>
        <translation>{heading}: 없음</translation>
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
        <translation>배치의 인원</translation>
    </message>
</context>
<context>
    <name>PersonSide</name>
    <message>
        <source>Select a person to see their variants; press Enter, then 1–4, to pick the best one.</source>
        <translation>사람을 선택하면 변형이 표시됩니다. Enter 키를 누른 다음 1–4를 눌러 가장 좋은 것을 고르십시오.</translation>
    </message>
    <message>
        <source>Ad&amp;just crop…</source>
        <translation>자르기 조정(&amp;J)…</translation>
    </message>
    <message>
        <source>Adjust how this person&apos;s headshot is framed</source>
        <translation>이 사람의 헤드샷 구도 조정</translation>
    </message>
    <message>
        <source>The choice for {name} could not be saved.</source>
        <translation>{name}의 선택을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <source>camera photo</source>
        <translation>카메라 사진</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>붙여넣은 이미지</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>끌어다 놓은 이미지</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Chosen photo; drop or click to replace it</source>
        <translation>선택한 사진입니다. 바꾸려면 놓거나 클릭하십시오</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>사진 상태</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a photo file</source>
        <translation>사진 파일 열기</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>사진 붙여넣기</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>카메라(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>카메라로 사진 찍기</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1 · Your photo&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1 · 내 사진&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · metadata removed. Drop another photo to replace it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · 메타데이터 제거됨. 바꾸려면 다른 사진을 놓으십시오.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Copied %n headshot(s) to the clipboard as {made_as}.</source>
        <translation>
            <numerusform>헤드샷 %n개를 {made_as}(으)로 클립보드에 복사했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be copied.</source>
        <translation>
            <numerusform>헤드샷 %n개를 복사할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be made ready to drag.</source>
        <translation>
            <numerusform>헤드샷 %n개를 드래그할 수 있도록 준비할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making {number} of %n headshot(s) ready to drag…</source>
        <translation>
            <numerusform>헤드샷 %n개 중 {number}번째를 드래그할 수 있도록 준비하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n headshot(s) could not be dragged out.</source>
        <translation>
            <numerusform>헤드샷 %n개를 드래그해 꺼낼 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>원본 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s)</source>
        <translation>
            <numerusform>헤드샷 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.</source>
        <translation>
            <numerusform>이전에 {app}에서 삭제한 사진과 헤드샷 %n개가 아직 시스템 휴지통에 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in {folder}:</source>
        <translation>
            <numerusform>파일 중 %n개가 이미 {folder}에 있습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Show Details).</source>
        <translation>
            <numerusform>외 %n개(자세한 내용 보기 참조).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} 외 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s): {names}.</source>
        <translation>
            <numerusform>파일 %n개를 기록합니다: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n headshot(s)</source>
        <translation>
            <numerusform>헤드샷 %n개 내보내기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}.</source>
        <translation>
            <numerusform>파일 %n개를 {folder}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) already there: {names}.</source>
        <translation>
            <numerusform>이미 있는 파일 %n개를 건너뛰었습니다: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the export before the other %n.</source>
        <translation>
            <numerusform>나머지 %n개 전에 내보내기를 중지했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were exported before this: {names}. Export again to go on with the rest.</source>
        <translation>
            <numerusform>이 파일 전에 파일 %n개를 내보냈습니다: {names}. 나머지를 계속하려면 다시 내보내십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n feature(s)…</source>
        <translation>
            <numerusform>특징 %n개 유지 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are still in use, so nothing was moved to the trash.</source>
        <translation>
            <numerusform>{names}이(가) 아직 사용 중이므로 아무것도 휴지통으로 이동하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are open on the Create page, or a run still needs them. Open another photo, or wait for the run to end, then try again.</source>
        <translation>
            <numerusform>만들기 페이지에서 열려 있거나 실행 중인 작업에 아직 필요합니다. 다른 사진을 열거나 실행이 끝날 때까지 기다린 다음 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from it. Move them to the trash as well, or keep them in the library without its photo?</source>
        <translation>
            <numerusform>이 사진으로 만든 헤드샷이 %n개 있습니다. 함께 휴지통으로 이동하시겠습니까, 아니면 사진 없이 라이브러리에 유지하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) were made from them. Move them to the trash as well, or keep them in the library without their photo?</source>
        <translation>
            <numerusform>이 사진들로 만든 헤드샷이 %n개 있습니다. 함께 휴지통으로 이동하시겠습니까, 아니면 사진 없이 라이브러리에 유지하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to the trash?</source>
        <translation>
            <numerusform>사진 %n개를 휴지통으로 이동하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are marked Keep: {names}.</source>
        <translation>
            <numerusform>이 중 %n개가 보관 표시되어 있습니다: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move your library (%n photo(s)) to {folder}?</source>
        <translation>
            <numerusform>라이브러리(사진 %n개)를 {folder}(으)로 이동하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving your library to {folder}…
{done} of %n file(s) copied and checked.</source>
        <translation>
            <numerusform>라이브러리를 {folder}(으)로 이동하는 중…
파일 %n개 중 {done}개를 복사하고 확인했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to {folder}.</source>
        <translation>
            <numerusform>사진 %n개를 {folder}(으)로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Keep mark(s) could not be changed.</source>
        <translation>
            <numerusform>보관 표시 %n개를 변경할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>사진 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n photo(s) to the trash.</source>
        <translation>
            <numerusform>사진 %n개를 휴지통으로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) to the trash.</source>
        <translation>
            <numerusform>헤드샷 %n개를 휴지통으로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further photo(s) of you will go with this one, metadata removed.</source>
        <translation>
            <numerusform>본인의 추가 사진 %n장이 메타데이터가 제거된 채 이 사진과 함께 전송됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library index was rebuilt from your files; %n headshot(s) got their style, prompt and cost back.</source>
        <translation>
            <numerusform>파일에서 라이브러리 색인을 다시 만들었습니다. 헤드샷 %n개의 스타일, 프롬프트, 비용을 복원했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not: {names}.</source>
        <translation>
            <numerusform>%n개는 복원하지 못했습니다: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the library folder were not followed.</source>
        <translation>
            <numerusform>라이브러리 폴더의 링크 %n개를 따라가지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More options: the %n option(s) {provider} has</source>
        <translation>
            <numerusform>추가 옵션: {provider}의 옵션 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on your server at {hosts}; nothing is sent to any cloud service.</source>
        <translation>
            <numerusform>비용: &lt;b&gt;무료&lt;/b&gt;: {hosts}의 서버에서 이미지 %n개를 만듭니다. 어떤 클라우드 서비스에도 보내지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost: &lt;b&gt;free&lt;/b&gt;: %n image(s) made on this computer by {title}.</source>
        <translation>
            <numerusform>비용: &lt;b&gt;무료&lt;/b&gt;: {title}이(가) 이 컴퓨터에서 이미지 %n개를 만듭니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title} with your key.</source>
        <translation>
            <numerusform>예상 비용: 이미지 %n개에 &lt;b&gt;{price}&lt;/b&gt;, 본인 키로 {title}에 지불합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: &lt;b&gt;{price}&lt;/b&gt; for %n image(s), paid to {title}.</source>
        <translation>
            <numerusform>예상 비용: 이미지 %n개에 &lt;b&gt;{price}&lt;/b&gt;, {title}에 지불합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headshot(s) you paid for were kept in {folder}, because the library could not take them at the time. Move them into the library now?</source>
        <translation>
            <numerusform>비용을 지불한 헤드샷 %n개를 당시 라이브러리에 넣을 수 없어 {folder}에 보관했습니다. 지금 라이브러리로 이동하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n headshot(s) into the library.</source>
        <translation>
            <numerusform>헤드샷 %n개를 라이브러리로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} ready</source>
        <translation>
            <numerusform>{total}개 중 %n개 준비됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s) · {cost}</source>
        <translation>
            <numerusform>완료 · 헤드샷 %n개 · {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n headshot(s)</source>
        <translation>
            <numerusform>완료 · 헤드샷 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n headshot(s) into {folder}.</source>
        <translation>
            <numerusform>헤드샷 %n개를 {folder}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>약 %n분 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>변형 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n person(s) left</source>
        <translation>
            <numerusform>남은 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;small&gt;More photos of you help it look like you (optional, up to %n):&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;small&gt;본인 사진이 더 있으면 본인과 더 닮게 만드는 데 도움이 됩니다(선택 사항, 최대 %n장):&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LinkedIn circle, %n pixel(s)</source>
        <translation>
            <numerusform>LinkedIn 원형, %n픽셀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s) across</source>
        <translation>
            <numerusform>가로 %n픽셀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n픽셀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s), as beside a comment</source>
        <translation>
            <numerusform>%n픽셀, 댓글 옆처럼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a tile on a team page, %n pixel(s) wide. The same framing for everyone makes the heads the same size.</source>
        <translation>
            <numerusform>팀 페이지의 타일로, 너비 %n픽셀. 모두에게 같은 구도를 쓰면 머리 크기가 같아집니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) an inch). Hold a ruler to it to check.</source>
        <translation>
            <numerusform>{preset}의 실제 인쇄 크기 {size}, 이 화면이 보고한 크기 기준(인치당 %n픽셀). 자를 대어 확인해 보십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{preset} at about its size on paper, {size}. This screen does not report its real size, so the app takes %n pixel(s) an inch: the size shown is approximate.</source>
        <translation>
            <numerusform>{preset}의 대략적인 인쇄 크기 {size}. 이 화면은 실제 크기를 보고하지 않아 앱이 인치당 %n픽셀로 가정하므로, 표시된 크기는 근사치입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Use {title}?</source>
        <translation>{title}을(를) 사용하시겠습니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before your photos go there, please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;사진을 보내기 전에 {title}이(가) 사진을 어떻게 처리하는지 읽어 보십시오.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please read what {title} does with them.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}이(가) 사진을 어떻게 처리하는지 읽어 보십시오.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use {title}</source>
        <translation>{title} 사용</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Image provider</source>
        <translation>이미지 제공자</translation>
    </message>
    <message>
        <source>Where your photo goes, and what the provider keeps</source>
        <translation>사진이 전송되는 곳과 제공자가 보관하는 것</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>The models your key can use</source>
        <translation>키로 사용할 수 있는 모델</translation>
    </message>
    <message>
        <source>Rough previews while rendering</source>
        <translation>렌더링 중 대략적인 미리 보기</translation>
    </message>
    <message>
        <source> previews while rendering</source>
        <translation> 미리 보기(렌더링 중)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>제공자(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;reviews:</source>
        <translation>미리 보기(&amp;R):</translation>
    </message>
    <message>
        <source>&lt;p&gt;{provider} needs no API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{provider}에는 API 키가 필요하지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{provider} API key</source>
        <translation>{provider} API 키</translation>
    </message>
    <message>
        <source>{provider} sends no previews.</source>
        <translation>{provider}은(는) 미리 보기를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Newest your key can use (recommended)</source>
        <translation>키로 사용할 수 있는 최신 모델(권장)</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>제공자 기본값</translation>
    </message>
    <message>
        <source>Listing the models your key can use…</source>
        <translation>키로 사용할 수 있는 모델을 나열하는 중…</translation>
    </message>
    <message>
        <source>The models your key can use could not be listed. {reason} The model chosen stays, and you can type the name of another.</source>
        <translation>키로 사용할 수 있는 모델을 나열할 수 없습니다. {reason} 선택한 모델은 그대로 유지되며, 다른 모델의 이름을 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>{provider} lists no image models for this key. You can type a model&apos;s name.</source>
        <translation>{provider}에는 이 키로 사용할 수 있는 이미지 모델이 없습니다. 모델 이름을 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProviderWords</name>
    <message>
        <source>Draft (low)</source>
        <translation>초안(낮음)</translation>
    </message>
    <message>
        <source>Good (medium)</source>
        <translation>양호(중간)</translation>
    </message>
    <message>
        <source>Best (high)</source>
        <translation>최상(높음)</translation>
    </message>
    <message>
        <source>As the style says</source>
        <translation>스타일 설정에 따름</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Your photo goes only to {title} at {hosts} when you press Generate; nothing is sent to any cloud service. No account, no tracking.</source>
        <translation>생성을 누를 때만 사진이 {hosts}의 {title}(으)로 전송되며, 어떤 클라우드 서비스에도 보내지 않습니다. 계정도, 추적도 없습니다.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking.</source>
        <translation>생성을 누르기 전까지 사진은 이 컴퓨터에 있습니다. 누르면 사진의 픽셀만 HTTPS를 통해 {title}({hosts})(으)로 전송됩니다. 계정도, 추적도 없습니다.</translation>
    </message>
    <message>
        <source>Your photo stays on this computer until you press Generate; then only its pixels go to {title} over HTTPS. No account, no tracking.</source>
        <translation>생성을 누르기 전까지 사진은 이 컴퓨터에 있습니다. 누르면 사진의 픽셀만 HTTPS를 통해 {title}(으)로 전송됩니다. 계정도, 추적도 없습니다.</translation>
    </message>
    <message>
        <source>Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking.</source>
        <translation>사진은 이 컴퓨터를 벗어나지 않습니다. {title}이(가) 여기서 헤드샷을 만듭니다. 계정도, 추적도 없습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on your network). Nothing is sent to any cloud service.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 &lt;b&gt;{hosts}&lt;/b&gt;(내 네트워크)의 &lt;b&gt;{title}&lt;/b&gt;(으)로 전송됩니다. 어떤 클라우드 서비스에도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text go to &lt;b&gt;{title}&lt;/b&gt; at &lt;b&gt;{hosts}&lt;/b&gt; (on this computer). Nothing is sent to any cloud service.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 &lt;b&gt;{hosts}&lt;/b&gt;(이 컴퓨터)의 &lt;b&gt;{title}&lt;/b&gt;(으)로 전송됩니다. 어떤 클라우드 서비스에도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; at {hosts} makes the headshot on this computer: your photo does not leave it.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 {hosts}의 &lt;b&gt;{title}&lt;/b&gt;이(가) 이 컴퓨터에서 헤드샷을 만듭니다. 사진은 이 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, &lt;b&gt;{title}&lt;/b&gt; makes the headshot on this computer: your photo does not leave it.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 &lt;b&gt;{title}&lt;/b&gt;이(가) 이 컴퓨터에서 헤드샷을 만듭니다. 사진은 이 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}), using your own API key. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 본인 API 키를 사용해 HTTPS를 통해 &lt;b&gt;{title}&lt;/b&gt;({hosts})(으)로 전송됩니다. 그 밖에는 아무것도 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt; ({hosts}). Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 HTTPS를 통해 &lt;b&gt;{title}&lt;/b&gt;({hosts})(으)로 전송됩니다. 그 밖에는 아무것도 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;, using your own API key. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 본인 API 키를 사용해 HTTPS를 통해 &lt;b&gt;{title}&lt;/b&gt;(으)로 전송됩니다. 그 밖에는 아무것도 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>When you press &lt;b&gt;Generate&lt;/b&gt;, the photo you chose (downscaled, with all metadata such as location and camera details removed) and the style&apos;s text are sent over HTTPS to &lt;b&gt;{title}&lt;/b&gt;. Nothing else leaves your computer.</source>
        <translation>&lt;b&gt;생성&lt;/b&gt;을 누르면 선택한 사진(축소되고, 위치나 카메라 정보 같은 모든 메타데이터가 제거됨)과 스타일 텍스트가 HTTPS를 통해 &lt;b&gt;{title}&lt;/b&gt;(으)로 전송됩니다. 그 밖에는 아무것도 컴퓨터를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {title} keeps:&lt;/b&gt; {privacy}</source>
        <translation>&lt;b&gt;{title}이(가) 보관하는 것:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <source>{title}&apos;s terms as read on {date}.</source>
        <translation>{date}에 확인한 {title} 약관입니다.</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>알 수 없음({reason})</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the cost</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>about {price}</source>
        <translation>약 {price}</translation>
    </message>
    <message>
        <source>{title} at {hosts}</source>
        <translation>{hosts}의 {title}</translation>
    </message>
    <message>
        <source>{title}: no API key needed</source>
        <translation>{title}: API 키 필요 없음</translation>
    </message>
    <message>
        <source>API key for {title}: {where}</source>
        <translation>{title} API 키: {where}</translation>
    </message>
</context>
<context>
    <name>QtPaths</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Some settings were damaged</source>
        <translation>일부 설정이 손상되었습니다</translation>
    </message>
    <message>
        <source>Headshots kept aside</source>
        <translation>따로 보관한 헤드샷</translation>
    </message>
    <message>
        <source>The headshots kept aside could not be counted.</source>
        <translation>따로 보관한 헤드샷의 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>These could not be moved yet:
{problems}</source>
        <translation>다음 항목은 아직 이동할 수 없습니다:
{problems}</translation>
    </message>
    <message>
        <source>Kept headshots</source>
        <translation>보관된 헤드샷</translation>
    </message>
    <message>
        <source>The kept headshots could not be moved into the library.</source>
        <translation>보관된 헤드샷을 라이브러리로 이동할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add another photo of you, to keep your likeness</source>
        <translation>본인과 닮게 유지하도록 본인의 다른 사진 추가</translation>
    </message>
    <message>
        <source>&lt;small&gt;{provider} takes no further photos of you.&lt;/small&gt;</source>
        <translation>&lt;small&gt;{provider}은(는) 추가 사진을 받지 않습니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{name}: click to remove it</source>
        <translation>{name}: 클릭하여 제거</translation>
    </message>
    <message>
        <source>Remove further photo {number}, {name}</source>
        <translation>추가 사진 {number} 제거, {name}</translation>
    </message>
</context>
<context>
    <name>Refining</name>
    <message>
        <source>Refine this headshot</source>
        <translation>이 헤드샷 다듬기</translation>
    </message>
    <message>
        <source>What to change, e.g. “tie navy instead of red”, “less smile”</source>
        <translation>바꿀 내용, 예: “빨간색 대신 남색 넥타이”, “미소를 덜”</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>The app sends {name} with your selfie, so the change keeps your likeness, and your features to keep.</source>
        <translation>변경 후에도 본인과 닮은 모습과 유지할 특징이 남도록 앱이 {name}을(를) 셀카와 함께 보냅니다.</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>다듬기(&amp;R)</translation>
    </message>
    <message>
        <source>A new variant of {style} from the same photo.</source>
        <translation>같은 사진으로 만든 {style}의 새 변형입니다.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>다시</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level.</source>
        <translation>{name}을(를) 가장 높은 세부 수준으로 다시 만들었습니다.</translation>
    </message>
    <message>
        <source>Final in high detail</source>
        <translation>높은 세부 수준 최종본</translation>
    </message>
    <message>
        <source>{provider} does not say how large an image it makes, so a final may still fall short.</source>
        <translation>{provider}은(는) 만드는 이미지 크기를 알려 주지 않으므로 최종본도 여전히 부족할 수 있습니다.</translation>
    </message>
    <message>
        <source>{provider} can make it again at {size} pixels, which is enough.</source>
        <translation>{provider}은(는) {size}픽셀로 다시 만들 수 있으며, 이는 충분합니다.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, no more than this headshot has.</source>
        <translation>{provider}이(가) 만드는 가장 큰 이미지는 {size}픽셀로, 이 헤드샷보다 크지 않습니다.</translation>
    </message>
    <message>
        <source>The largest image {provider} makes is {size} pixels, which frames to {framed}: closer, but still short.</source>
        <translation>{provider}이(가) 만드는 가장 큰 이미지는 {size}픽셀로, 구도를 잡으면 {framed}입니다. 더 가깝지만 여전히 부족합니다.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level (the provider does not say at what size).</source>
        <translation>{name}을(를) 가장 높은 세부 수준으로 다시 만들었습니다(제공자가 크기를 알려 주지 않음).</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at the largest size {provider} makes: {size} pixels.</source>
        <translation>{name}을(를) 가장 높은 세부 수준으로, {provider}이(가) 만드는 가장 큰 크기인 {size}픽셀로 다시 만들었습니다.</translation>
    </message>
    <message>
        <source>{name} made again at the highest detail level, at {size} pixels.</source>
        <translation>{name}을(를) 가장 높은 세부 수준으로, {size}픽셀로 다시 만들었습니다.</translation>
    </message>
    <message>
        <source>That is enough for {destination}.</source>
        <translation>{destination}에 충분합니다.</translation>
    </message>
    <message>
        <source>{destination} needs {needed}: it will still be enlarged, from about {framed}.</source>
        <translation>{destination}에는 {needed}이(가) 필요합니다. 약 {framed}에서 여전히 확대됩니다.</translation>
    </message>
</context>
<context>
    <name>ResultStrip</name>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>{label}, kept</source>
        <translation>{label}, 보관됨</translation>
    </message>
    <message>
        <source>{path}
Kept: a favourite</source>
        <translation>{path}
보관됨: 즐겨찾기</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>이동되었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Not every headshot chosen could be moved to the trash.</source>
        <translation>선택한 헤드샷을 모두 휴지통으로 이동하지는 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Your headshots appear here.</source>
        <translation>헤드샷이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose a result below to see it here.</source>
        <translation>아래에서 결과를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>★ &amp;Keep</source>
        <translation>★ 보관(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refine…</source>
        <translation>다듬기(&amp;R)…</translation>
    </message>
    <message>
        <source>Change this headshot as you say (say what), keeping your likeness</source>
        <translation>본인과 닮은 모습을 유지하면서 말한 대로 이 헤드샷을 바꿉니다(무엇을 바꿀지 입력)</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>다시(&amp;G)</translation>
    </message>
    <message>
        <source>A new variant of the same style and photo</source>
        <translation>같은 스타일과 사진으로 새 변형 만들기</translation>
    </message>
    <message>
        <source>&amp;Final in high detail</source>
        <translation>높은 세부 수준 최종본(&amp;F)</translation>
    </message>
    <message>
        <source>Make this one again at the highest detail level</source>
        <translation>가장 높은 세부 수준으로 다시 만들기</translation>
    </message>
    <message>
        <source>{file} · “{instruction}”</source>
        <comment>a headshot&apos;s file and what changed it</comment>
        <translation>{file} · “{instruction}”</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>렌더링 중…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>보관됨</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention settings could not be applied.</source>
        <translation>보존 기간 설정을 적용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The retention settings could not be applied in full. {problems}</source>
        <translation>보존 기간 설정을 모두 적용할 수 없습니다. {problems}</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>The folder {folder} could not be shown.</source>
        <translation>{folder} 폴더를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself.</source>
        <translation>파일 관리자에서 해당 폴더를 직접 여십시오.</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Open or make a team kit, then add people, to see what the batch will cost.</source>
        <translation>배치 비용을 보려면 팀 키트를 열거나 만든 다음 인원을 추가하십시오.</translation>
    </message>
    <message>
        <source>The cost of the batch could not be worked out.</source>
        <translation>배치 비용을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>The batch could not be made.</source>
        <translation>배치를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>배치가 중지되었습니다.</translation>
    </message>
    <message>
        <source>The kit cannot be used on this computer.</source>
        <translation>이 컴퓨터에서는 키트를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nobody is waiting to be made.</source>
        <translation>만들 대기 인원이 없습니다.</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>시작(&amp;A)</translation>
    </message>
    <message>
        <source>St&amp;art · {price}</source>
        <translation>시작(&amp;A) · {price}</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>비용을 계산하는 중…</translation>
    </message>
    <message>
        <source>The people who failed could not be queued again.</source>
        <translation>실패한 인원을 다시 대기열에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Stopping… the people being made now go back to the queue.</source>
        <translation>중지하는 중… 지금 만들고 있는 인원은 대기열로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The batch was stopped. Continue it whenever you like.</source>
        <translation>배치가 중지되었습니다. 언제든지 계속할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Trust this server on my network (plain http://)</source>
        <translation>내 네트워크의 이 서버 신뢰(일반 http://)</translation>
    </message>
    <message>
        <source>Trust this server on my network</source>
        <translation>내 네트워크의 이 서버 신뢰</translation>
    </message>
    <message>
        <source>Over plain http:// your photo crosses the network unencrypted: anyone on it could see it. Tick this only for your own server on a network you trust, or use https://.</source>
        <translation>일반 http://를 사용하면 사진이 암호화되지 않은 채 네트워크를 지나므로 네트워크의 누구나 볼 수 있습니다. 신뢰하는 네트워크의 본인 서버에만 선택하거나, https://를 사용하십시오.</translation>
    </message>
    <message>
        <source>&amp;Test server</source>
        <translation>서버 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>서버 상태</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The photo could not be imported.</source>
        <translation>사진을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The library folder could not be read.</source>
        <translation>라이브러리 폴더를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The library could not be listed.</source>
        <translation>라이브러리 목록을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>{name}을(를) 만든 셀카가 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>The versions of {name} could not be read.</source>
        <translation>{name}의 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be read.</source>
        <translation>헤드샷 {name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Press F5 to read the library folder again.</source>
        <translation>이동되었거나 삭제되었을 수 있습니다. F5 키를 눌러 라이브러리 폴더를 다시 읽으십시오.</translation>
    </message>
    <message>
        <source>The headshot {name} could not be shown.</source>
        <translation>헤드샷 {name}을(를) 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Rendering image {index} of {total}…</source>
        <translation>이미지 {total}개 중 {index}번째 렌더링 중…</translation>
    </message>
    <message>
        <source>Making image {index} of {total}… {percent}%</source>
        <translation>이미지 {total}개 중 {index}번째 만드는 중… {percent}%</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s…</source>
        <translation>{reason} {seconds}초 후 다시 시도합니다…</translation>
    </message>
    <message>
        <source>Old photos could not be cleared as the retention setting asks.</source>
        <translation>보존 기간 설정에 따라 오래된 사진을 정리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled · nothing was kept</source>
        <translation>취소됨 · 아무것도 보관하지 않음</translation>
    </message>
    <message>
        <source>Something went wrong while making the headshot.</source>
        <translation>헤드샷을 만드는 중에 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>실행을 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Keep them</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Move to the trash after generating, once you move on to another photo</source>
        <translation>생성 후 다른 사진으로 넘어가면 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Move to the trash after a number of days</source>
        <translation>일정 일수가 지나면 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Provider &amp;&amp; &amp;key</source>
        <translation>제공자 &amp;&amp; 키(&amp;K)</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>라이브러리 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>What happens to originals</source>
        <translation>원본 처리 방법</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>Days to keep originals</source>
        <translation>원본 보관 일수</translation>
    </message>
    <message>
        <source>Days to keep logs</source>
        <translation>로그 보관 일수</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Originals:</source>
        <translation>원본(&amp;O):</translation>
    </message>
    <message>
        <source>…after:</source>
        <translation>…이후:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always stay. Headshots themselves are never removed by this setting.&lt;/small&gt;</source>
        <translation>&lt;small&gt;보관 표시된 원본(라이브러리 ▸ 원본)과 보관한 헤드샷의 원본은 항상 유지됩니다. 헤드샷 자체는 이 설정으로 삭제되지 않습니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Logs kept for:</source>
        <translation>로그 보관 기간(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>언어(&amp;N):</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language applies the next time the app starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;새 언어는 앱을 다음에 시작할 때 적용됩니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>모양(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>개인정보 &amp;&amp; 데이터(&amp;P)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정({language})</translation>
    </message>
    <message>
        <source>Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate from, to the image provider you chose.</source>
        <translation>앱이 보관하는 모든 것은 이 컴퓨터에 있습니다: 라이브러리 폴더, 미리 보기 이미지, 로그, 설정, 시스템 키링의 API 키. 생성에 사용하는 사진을 선택한 이미지 제공자에게 보내는 것 외에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Export all my data…</source>
        <translation>내 데이터 모두 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export all my data as a zip file</source>
        <translation>내 데이터 모두 zip 파일로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>내 데이터 모두 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>내 데이터 모두 삭제</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>라이브러리 폴더 선택</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No answer came.</source>
        <translation>응답이 없습니다.</translation>
    </message>
    <message>
        <source>The models could not be listed.</source>
        <translation>모델 목록을 가져올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>Built-in styles cannot be edited; make a new style instead.</source>
        <translation>기본 제공 스타일은 편집할 수 없습니다. 대신 새 스타일을 만드십시오.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>Portrait (taller than wide)</source>
        <translation>세로(높이가 너비보다 큼)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source>Landscape (wider than tall)</source>
        <translation>가로(너비가 높이보다 큼)</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>스타일 편집</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>새 스타일</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>스타일 이름</translation>
    </message>
    <message>
        <source>Style description</source>
        <translation>스타일 설명</translation>
    </message>
    <message>
        <source>Style prompt</source>
        <translation>스타일 프롬프트</translation>
    </message>
    <message>
        <source>Say what should change: clothing, backdrop, lighting, framing. The app adds the instructions that keep your face as it is.</source>
        <translation>바꿀 내용을 적으십시오: 옷, 배경, 조명, 구도. 앱이 얼굴을 그대로 유지하는 지시를 덧붙입니다.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>프롬프트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>모양(&amp;S):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>The style could not be saved.</source>
        <translation>스타일을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Mine</source>
        <comment>a style made by the person</comment>
        <translation>내 스타일</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>스타일</translation>
    </message>
</context>
<context>
    <name>TabPages</name>
    <message>
        <source>&amp;Results</source>
        <translation>결과(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team kits (*.headshot-kit.json *.json);;All files (*)</source>
        <translation>팀 키트 (*.headshot-kit.json *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Team kit</source>
        <translation>팀 키트</translation>
    </message>
    <message>
        <source>&amp;New kit…</source>
        <translation>새 키트(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new team kit</source>
        <translation>새 팀 키트 만들기</translation>
    </message>
    <message>
        <source>Open &amp;kit…</source>
        <translation>키트 열기(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a team kit file</source>
        <translation>팀 키트 파일 열기</translation>
    </message>
    <message>
        <source>Save k&amp;it as…</source>
        <translation>다른 이름으로 키트 저장(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the team kit as a file to share</source>
        <translation>공유할 팀 키트를 파일로 저장</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>사진 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>Add people by their photos</source>
        <translation>사진으로 인원 추가</translation>
    </message>
    <message>
        <source>One person per photo</source>
        <translation>사진 한 장당 한 사람</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>폴더 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>Add everyone in a folder of photos</source>
        <translation>사진 폴더의 모든 인원 추가</translation>
    </message>
    <message>
        <source>One person per photo in the folder</source>
        <translation>폴더의 사진 한 장당 한 사람</translation>
    </message>
    <message>
        <source>Add fro&amp;m CSV…</source>
        <translation>CSV에서 추가(&amp;M)…</translation>
    </message>
    <message>
        <source>Add people from a list</source>
        <translation>목록에서 인원 추가</translation>
    </message>
    <message>
        <source>A CSV file: name,photo[,reference…]</source>
        <translation>CSV 파일: name,photo[,reference…]</translation>
    </message>
    <message>
        <source>or drop photos and folders on the table.</source>
        <translation>또는 사진과 폴더를 표에 놓으십시오.</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>계속(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the batch that stopped</source>
        <translation>중지된 배치 계속</translation>
    </message>
    <message>
        <source>Cost of the batch</source>
        <translation>배치 비용</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source>Spending cap in dollars</source>
        <translation>지출 한도(달러)</translation>
    </message>
    <message>
        <source>The batch stops before the next person would take it past this amount.</source>
        <translation>다음 사람을 만들면 이 금액을 넘게 될 때 배치가 중지됩니다.</translation>
    </message>
    <message>
        <source>Spendin&amp;g cap:</source>
        <translation>지출 한도(&amp;G):</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>시작(&amp;A)</translation>
    </message>
    <message>
        <source>Start the batch</source>
        <translation>배치 시작</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the batch; it can be continued later</source>
        <translation>배치를 중지합니다. 나중에 계속할 수 있습니다</translation>
    </message>
    <message>
        <source>Tr&amp;y failed again</source>
        <translation>실패한 항목 다시 시도(&amp;Y)</translation>
    </message>
    <message>
        <source>Queue again the people a fault stopped (nothing was paid)</source>
        <translation>오류로 중지된 인원을 다시 대기열에 넣습니다(비용이 청구되지 않았음)</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>배치 진행률</translation>
    </message>
    <message>
        <source>Where the batch is</source>
        <translation>배치 진행 상황</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>모두 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export every finished person&apos;s headshot</source>
        <translation>완료된 모든 인원의 헤드샷 내보내기</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>내보낸 파일을 폴더에서 보기</translation>
    </message>
    <message>
        <source>The team batches could not be read.</source>
        <translation>팀 배치를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team kit&lt;/b&gt;</source>
        <translation>&lt;b&gt;팀 키트&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team kit yet. Make one with New…, or open one a colleague shared.</source>
        <translation>아직 팀 키트가 없습니다. 새 키트…로 만들거나 동료가 공유한 키트를 여십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; ({file})</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; ({file})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kit}&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;{kit}&lt;/b&gt; (저장 안 됨)</translation>
    </message>
    <message>
        <source>This kit cannot be used on this computer: {problems}</source>
        <translation>이 컴퓨터에서는 이 키트를 사용할 수 없습니다: {problems}</translation>
    </message>
    <message>
        <source>Open a team kit</source>
        <translation>팀 키트 열기</translation>
    </message>
    <message>
        <source>The team kit {file} could not be opened.</source>
        <translation>팀 키트 {file}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Save the team kit</source>
        <translation>팀 키트 저장</translation>
    </message>
    <message>
        <source>The team kit could not be saved to {file}.</source>
        <translation>팀 키트를 {file}에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The team kit was saved to {file}.</source>
        <translation>팀 키트를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The batch is running with its own kit. Stop it before choosing another kit.</source>
        <translation>배치가 자체 키트로 실행 중입니다. 다른 키트를 선택하기 전에 중지하십시오.</translation>
    </message>
    <message>
        <source>A new batch starts with this kit; the previous one stays in the library.</source>
        <translation>이 키트로 새 배치가 시작됩니다. 이전 배치는 라이브러리에 남습니다.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Team</source>
        <translation>팀(&amp;T)</translation>
    </message>
    <message>
        <source>A whole team in one consistent batch: one kit, everyone&apos;s headshot</source>
        <translation>팀 전체를 일관된 배치 하나로: 키트 하나, 모두의 헤드샷</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Refused — {reason}</source>
        <translation>거부됨 — {reason}</translation>
    </message>
    <message>
        <source>Failed — {reason}</source>
        <translation>실패 — {reason}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>1분 미만 남음</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>약 {hours}시간 남음</translation>
    </message>
    <message>
        <source>{done} of {total} · {time_left}</source>
        <translation>{total}명 중 {done}명 · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total}명 중 {done}명</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s rate limit · {minutes}:{seconds}</source>
        <translation>제공자의 요청 한도 대기 중 · {minutes}:{seconds}</translation>
    </message>
    <message>
        <source>{people} × {variants}</source>
        <translation>{people} × {variants}</translation>
    </message>
    <message>
        <source>Free on your server for {who}</source>
        <translation>{who}: 내 서버에서 무료</translation>
    </message>
    <message>
        <source>free on your server</source>
        <translation>내 서버에서 무료</translation>
    </message>
    <message>
        <source>Free on this computer for {who}</source>
        <translation>{who}: 이 컴퓨터에서 무료</translation>
    </message>
    <message>
        <source>free on this computer</source>
        <translation>이 컴퓨터에서 무료</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown ({reason}).</source>
        <translation>{who}의 비용을 알 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>The cost of {who} is unknown.</source>
        <translation>{who}의 비용을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>About {cost} for {who}</source>
        <translation>{who}에 약 {cost}</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>약 {cost}</translation>
    </message>
    <message>
        <source>{cost} for {who}</source>
        <translation>{who}에 {cost}</translation>
    </message>
    <message>
        <source>Custom prompt</source>
        <translation>사용자 지정 프롬프트</translation>
    </message>
    <message>
        <source>{provider} · {style} · {variants} · export: {preset}</source>
        <translation>{provider} · {style} · {variants} · 내보내기: {preset}</translation>
    </message>
    <message>
        <source>This batch stopped with {done} of {total} done.</source>
        <translation>이 배치는 {total}명 중 {done}명을 완료한 상태로 중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>TrueSizePreviews</name>
    <message>
        <source>True-size previews</source>
        <translation>실제 크기 미리 보기</translation>
    </message>
    <message>
        <source>Team page tile</source>
        <translation>팀 페이지 타일</translation>
    </message>
    <message>
        <source>Print at its size on paper</source>
        <translation>실제 인쇄 크기</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>LinkedIn(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Team page</source>
        <translation>팀 페이지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>인쇄(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;</source>
        <translation>&lt;b&gt;이름&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment.</source>
        <translation>LinkedIn에 표시되는 모습: 원형으로, 프로필 페이지부터 댓글 옆 크기까지.</translation>
    </message>
    <message>
        <source>As LinkedIn shows it: in a circle, from the profile page down to the size beside a comment. LinkedIn keeps the middle square of a picture that is not square.</source>
        <translation>LinkedIn에 표시되는 모습: 원형으로, 프로필 페이지부터 댓글 옆 크기까지. LinkedIn은 정사각형이 아닌 사진의 가운데 정사각형 부분을 사용합니다.</translation>
    </message>
    <message>
        <source>Choose a print size, such as Print 8 × 10 or Casting 5 × 7, to see it at its size on paper.</source>
        <translation>인쇄 8 × 10 또는 캐스팅 5 × 7 같은 인쇄 크기를 선택하면 실제 인쇄 크기로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{width} × {height} inches</source>
        <translation>{width} × {height}인치</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <source>Click a headshot or press its number (1–4) to choose the one to export.</source>
        <translation>헤드샷을 클릭하거나 번호(1–4)를 눌러 내보낼 헤드샷을 선택하십시오.</translation>
    </message>
    <message>
        <source>Does each still look like them? Compare it with their photo on the left.</source>
        <translation>각각 아직 본인처럼 보입니까? 왼쪽의 사진과 비교해 보십시오.</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>본인 사진</translation>
    </message>
    <message>
        <source>&lt;small&gt;Their photo&lt;/small&gt;</source>
        <translation>&lt;small&gt;본인 사진&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>About this person&apos;s headshots</source>
        <translation>이 사람의 헤드샷 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a person&lt;/b&gt; to see their headshots.</source>
        <translation>&lt;b&gt;사람을 선택하면&lt;/b&gt; 헤드샷이 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {help}</translation>
    </message>
    <message>
        <source>No headshots of this person yet.</source>
        <translation>아직 이 사람의 헤드샷이 없습니다.</translation>
    </message>
    <message>
        <source>The headshots of {name} could not be read.</source>
        <translation>{name}의 헤드샷을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>라이브러리에 없음</translation>
    </message>
    <message>
        <source>This headshot could not be read.</source>
        <translation>이 헤드샷을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{number} · chosen</source>
        <translation>{number} · 선택됨</translation>
    </message>
    <message>
        <source>Variant {number}, chosen</source>
        <translation>변형 {number}, 선택됨</translation>
    </message>
    <message>
        <source>Variant {number}</source>
        <translation>변형 {number}</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Versions:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>{number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>{number}: 처음</translation>
    </message>
    <message>
        <source>Version {number}: first</source>
        <comment>the first version of a headshot</comment>
        <translation>버전 {number}: 처음</translation>
    </message>
    <message>
        <source>{number}: “{instruction}”</source>
        <translation>{number}: “{instruction}”</translation>
    </message>
    <message>
        <source>Version {number}: “{instruction}”</source>
        <translation>버전 {number}: “{instruction}”</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>No {provider} API key is set.</source>
        <translation>{provider} API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variables}.</source>
        <translation>설정에서 키를 입력하거나 {variables}을(를) 설정하십시오.</translation>
    </message>
</context>
<context>
    <name>bfl</name>
    <message>
        <source>No Black Forest Labs API key is set.</source>
        <translation>Black Forest Labs API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>the region in Settings</source>
        <translation>설정의 지역</translation>
    </message>
    <message>
        <source>BFL&apos;s delivery host</source>
        <translation>BFL의 전송 호스트</translation>
    </message>
    <message>
        <source>the link BFL gave</source>
        <translation>BFL이 제공한 링크</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not BFL&apos;s (HTTP {status}).</source>
        <translation>{service}이(가) BFL의 응답이 아닌 응답을 보냈습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credits.</source>
        <translation>{service} 계정의 크레딧이 소진되었습니다.</translation>
    </message>
    <message>
        <source>Add credits at {address}, then try again.</source>
        <translation>{address}에서 크레딧을 추가한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} does not offer {model}.</source>
        <translation>{service}은(는) {model}을(를) 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>{service} refused a value in the request.</source>
        <translation>{service}이(가) 요청의 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>Choose another model, shape or detail level, or another photo.</source>
        <translation>다른 모델, 모양, 세부 수준 또는 다른 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>{service} has too many of your jobs running at once.</source>
        <translation>{service}에서 동시에 실행 중인 작업이 너무 많습니다.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for fewer variants at once.</source>
        <translation>잠시 기다렸다가 다시 시도하거나, 한 번에 요청하는 변형 수를 줄이십시오.</translation>
    </message>
    <message>
        <source>Check the model in Settings, or try another photo.</source>
        <translation>설정에서 모델을 확인하거나 다른 사진으로 시도하십시오.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged your photo or the style&apos;s text before it started{reasons}. BFL does not charge for it.</source>
        <translation>{service}의 검토 시스템이 시작 전에 사진이나 스타일 텍스트를 차단했습니다{reasons}. BFL은 이에 대해 비용을 청구하지 않습니다.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style.</source>
        <translation>다른 사진(조명이 밝고 본인만 나온 사진)이나 다른 스타일로 시도하십시오.</translation>
    </message>
    <message>
        <source>{service}&apos;s moderation flagged the headshot it made, so it was not delivered{reasons}. BFL does not charge for it.</source>
        <translation>{service}의 검토 시스템이 만든 헤드샷을 차단하여 전달되지 않았습니다{reasons}. BFL은 이에 대해 비용을 청구하지 않습니다.</translation>
    </message>
    <message>
        <source>{service} reported an error while making the image{reasons}.</source>
        <translation>{service}이(가) 이미지를 만드는 중 오류를 보고했습니다{reasons}.</translation>
    </message>
    <message>
        <source>{service} no longer knows the job it was given (Task not found).</source>
        <translation>{service}이(가) 받은 작업을 더 이상 알지 못합니다(Task not found).</translation>
    </message>
    <message>
        <source>{service} reported a job status the app does not know: “{status}”.</source>
        <translation>{service}이(가) 앱이 알지 못하는 작업 상태를 보고했습니다: “{status}”.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app.</source>
        <translation>다시 시도하십시오. 계속 발생하면 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The link to the finished headshot expired before it could be fetched.</source>
        <translation>완성된 헤드샷의 링크가 가져오기 전에 만료되었습니다.</translation>
    </message>
    <message>
        <source>The finished headshot could not be fetched from {service} (HTTP {status}).</source>
        <translation>{service}에서 완성된 헤드샷을 가져올 수 없습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>BFL made it, and may have charged for it: try again to make a new one.</source>
        <translation>BFL이 만들었으며 비용을 청구했을 수 있습니다. 다시 시도하여 새로 만드십시오.</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it and charge for it.</source>
        <translation>취소했습니다. Black Forest Labs는 대기열에 넣은 작업을 멈출 수 없으므로, 작업을 완료하고 비용을 청구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Black Forest Labs&apos; {model} takes at most {count} reference photos.</source>
        <translation>Black Forest Labs의 {model}은(는) 참조 사진을 최대 {count}장까지 받습니다.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or another FLUX model.</source>
        <translation>참조 사진 수를 줄이거나 다른 FLUX 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>a job answer without an id</source>
        <translation>id가 없는 작업 응답</translation>
    </message>
    <message>
        <source>a polling address outside BFL ({host})</source>
        <translation>BFL 외부의 폴링 주소({host})</translation>
    </message>
    <message>
        <source>a job status that is not a JSON object</source>
        <translation>JSON 객체가 아닌 작업 상태</translation>
    </message>
    <message>
        <source>a finished job without an https link to its image</source>
        <translation>이미지로 연결되는 https 링크가 없는 완료된 작업</translation>
    </message>
    <message>
        <source>{service} did not finish the image within {seconds:.0f} seconds, so the app stopped waiting.</source>
        <translation>{service}이(가) {seconds:.0f}초 안에 이미지를 완성하지 못해 앱이 대기를 중단했습니다.</translation>
    </message>
    <message>
        <source>It may still finish it and charge for it: check your usage page before trying again.</source>
        <translation>작업이 완료되어 비용이 청구될 수 있습니다. 다시 시도하기 전에 사용량 페이지를 확인하십시오.</translation>
    </message>
    <message>
        <source>an image larger than any headshot</source>
        <translation>어떤 헤드샷보다도 큰 이미지</translation>
    </message>
    <message>
        <source>Cancelled. Black Forest Labs had already made the image, and charges for it.</source>
        <translation>취소했습니다. Black Forest Labs가 이미 이미지를 만들었으므로 비용이 청구됩니다.</translation>
    </message>
    <message>
        <source>Black Forest Labs has not published how long its API keeps the photos and images it is sent, or whether it uses them for training: we could not confirm either. Read its API terms: {address}</source>
        <translation>Black Forest Labs는 API로 받은 사진과 이미지를 얼마나 오래 보관하는지, 학습에 사용하는지를 공개하지 않았으며, 저희도 둘 다 확인할 수 없었습니다. API 약관을 읽어 보십시오: {address}</translation>
    </message>
    <message>
        <source>The photo goes to BFL&apos;s EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you can choose its global or US host instead.</source>
        <translation>사진은 기본적으로 BFL의 EU 호스트(api.eu.bfl.ai, BFL이 EU 지역에서만 운영)로 전송됩니다. 대신 글로벌 또는 미국 호스트를 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that works for about 10 minutes; the app fetches it at once, without your key.</source>
        <translation>완성된 헤드샷은 약 10분 동안 유효한 링크를 통해 두 번째 BFL 호스트(delivery…bfl.ai)에서 받아 옵니다. 앱은 키 없이 즉시 가져옵니다.</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>global</source>
        <translation>글로벌</translation>
    </message>
    <message>
        <source>us</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>Where BFL receives your photo: its EU host (the default), its global host, or its US host.</source>
        <translation>BFL이 사진을 받는 곳: EU 호스트(기본값), 글로벌 호스트 또는 미국 호스트.</translation>
    </message>
    <message>
        <source>The format BFL sends the headshot in.</source>
        <translation>BFL이 헤드샷을 보내는 형식.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <source>Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the way.</source>
        <translation>https://를 사용하거나 설정에서 “내 네트워크의 이 서버 신뢰”를 선택하십시오(명령줄에서는 --trust-server, 한 번). 신뢰하는 네트워크에서만 그렇게 하십시오. 일반 http://는 전송 중에 읽힐 수 있습니다.</translation>
    </message>
    <message>
        <source>The ComfyUI address {address} is not a valid URL.</source>
        <translation>ComfyUI 주소 {address}은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The ComfyUI server {server} would be reached over plain http://, which sends your photo unencrypted across the network.</source>
        <translation>ComfyUI 서버 {server}에 일반 http://로 연결하게 되어 사진이 암호화되지 않은 채 네트워크로 전송됩니다.</translation>
    </message>
    <message>
        <source>Check that the address in Settings is your ComfyUI server.</source>
        <translation>설정의 주소가 ComfyUI 서버인지 확인하십시오.</translation>
    </message>
    <message>
        <source>ComfyUI at {server}</source>
        <translation>{server}의 ComfyUI</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP 403).</source>
        <translation>{service}이(가) 요청을 거부했습니다(HTTP 403).</translation>
    </message>
    <message>
        <source>If ComfyUI runs behind a proxy or with special settings, check them.</source>
        <translation>ComfyUI가 프록시 뒤에서 실행되거나 특별한 설정을 사용한다면 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} does not answer like ComfyUI (HTTP 404).</source>
        <translation>{service}이(가) ComfyUI처럼 응답하지 않습니다(HTTP 404).</translation>
    </message>
    <message>
        <source>{service} had a problem (HTTP {status}).</source>
        <translation>{service}에 문제가 발생했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log, then try again.</source>
        <translation>ComfyUI 자체 창이나 로그를 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request (HTTP {status}).</source>
        <translation>{service}이(가) 요청을 처리할 수 없습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the workflow and the server address in Settings.</source>
        <translation>설정에서 워크플로와 서버 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>node {node} ({type}): {words}</source>
        <translation>노드 {node}({type}): {words}</translation>
    </message>
    <message>
        <source>{service} refused the workflow: {reason}.</source>
        <translation>{service}이(가) 워크플로를 거부했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Install what it names on the server (a model file or a custom node), or choose another workflow.</source>
        <translation>서버에 언급된 항목(모델 파일 또는 사용자 지정 노드)을 설치하거나 다른 워크플로를 선택하십시오.</translation>
    </message>
    <message>
        <source>node {node} ({type})</source>
        <translation>노드 {node}({type})</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model (it needs about {size:g} GB).</source>
        <translation>{service}에 이 모델을 위한 GPU 메모리가 부족합니다(약 {size:g} GB 필요).</translation>
    </message>
    <message>
        <source>{service} does not have enough GPU memory for this model.</source>
        <translation>{service}에 이 모델을 위한 GPU 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs that use the GPU, or use a server with a bigger GPU.</source>
        <translation>설정에서 더 작은 워크플로(FLUX.2 [klein] 4B)를 선택하거나, GPU를 사용하는 다른 프로그램을 닫거나, 더 큰 GPU가 있는 서버를 사용하십시오.</translation>
    </message>
    <message>
        <source>{service} stopped with an error in {node}: {reason}.</source>
        <translation>{service}이(가) {node}에서 오류로 중지되었습니다: {reason}.</translation>
    </message>
    <message>
        <source>Look at ComfyUI&apos;s own window or log for the details.</source>
        <translation>자세한 내용은 ComfyUI 자체 창이나 로그를 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} restarted or forgot the run while it was making your headshot.</source>
        <translation>{service}이(가) 헤드샷을 만드는 중에 다시 시작되었거나 실행을 잊었습니다.</translation>
    </message>
    <message>
        <source>The connection to {service} was lost while it was making your headshot.</source>
        <translation>헤드샷을 만드는 중에 {service}와의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>Nothing was kept. Check that ComfyUI is running, then try again.</source>
        <translation>아무것도 보관하지 않았습니다. ComfyUI가 실행 중인지 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).</source>
        <translation>{service}에서 실행이 중지되었습니다(누군가 그쪽에서 취소를 눌렀거나 중단됨).</translation>
    </message>
    <message>
        <source>Nothing was kept. Try again.</source>
        <translation>아무것도 보관하지 않았습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Could not open {service}&apos;s live connection (WebSocket).</source>
        <translation>{service}의 실시간 연결(WebSocket)을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running at the address in Settings.</source>
        <translation>ComfyUI가 설정의 주소에서 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}.</source>
        <translation>{address}에서 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Check that ComfyUI is running there, and the address in Settings.</source>
        <translation>ComfyUI가 해당 주소에서 실행 중인지, 설정의 주소가 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The server at {address} is not ComfyUI.</source>
        <translation>{address}의 서버는 ComfyUI가 아닙니다.</translation>
    </message>
    <message>
        <source>Check the address in Settings.</source>
        <translation>설정의 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>(version not given)</source>
        <translation>(버전 정보 없음)</translation>
    </message>
    <message>
        <source>no GPU, so it runs on the processor (very slowly)</source>
        <translation>GPU가 없어 프로세서에서 실행됨(매우 느림)</translation>
    </message>
    <message>
        <source>{gpu} with {size:.1f} GB</source>
        <translation>{gpu}, {size:.1f} GB</translation>
    </message>
    <message>
        <source>Found ComfyUI {version} at {server}: {memory}.</source>
        <translation>{server}에서 ComfyUI {version}을(를) 찾았습니다: {memory}.</translation>
    </message>
    <message>
        <source>{workflow}: its licence ({licence}) allows no commercial use.</source>
        <translation>{workflow}: 라이선스({licence})상 상업적 사용이 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>a node list that is not an object</source>
        <translation>객체가 아닌 노드 목록</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI 워크플로 {workflow}은(는) 참조 사진을 받지 않지만 {chosen}장을 선택했습니다.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.</source>
        <translation>ComfyUI 워크플로 {workflow}은(는) 참조 사진을 최대 {count}장까지 받지만 {chosen}장을 선택했습니다.</translation>
    </message>
    <message>
        <source>The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.</source>
        <translation>ComfyUI 워크플로 {workflow}은(는) 참조 사진을 최대 {count}장까지 받지만 {chosen}장을 선택했습니다.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, {{{{reference_2}}}}, … slots (a LoadImage for each).</source>
        <translation>참조 사진 수를 줄이거나, {{{{reference_1}}}}, {{{{reference_2}}}}, … 슬롯(각각 LoadImage 하나)이 있는 워크플로를 선택하십시오.</translation>
    </message>
    <message>
        <source>an upload answer without a file name</source>
        <translation>파일 이름이 없는 업로드 응답</translation>
    </message>
    <message>
        <source>{service} did not finish within {minutes:.0f} minutes, so the run was stopped.</source>
        <translation>{service}이(가) {minutes:.0f}분 안에 끝나지 않아 실행을 중지했습니다.</translation>
    </message>
    <message>
        <source>A large model on a small GPU (or a CPU) can be very slow.</source>
        <translation>작은 GPU(또는 CPU)에서 큰 모델은 매우 느릴 수 있습니다.</translation>
    </message>
    <message>
        <source>{service} is making your headshot…</source>
        <translation>{service}에서 헤드샷을 만드는 중…</translation>
    </message>
    <message>
        <source>{service} finished without an image.</source>
        <translation>{service}이(가) 이미지 없이 끝났습니다.</translation>
    </message>
    <message>
        <source>Check that the workflow ends in a PreviewImage or SaveImage node.</source>
        <translation>워크플로가 PreviewImage 또는 SaveImage 노드로 끝나는지 확인하십시오.</translation>
    </message>
    <message>
        <source>ComfyUI (your own server)</source>
        <translation>ComfyUI(내 서버)</translation>
    </message>
    <message>
        <source>Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those when it starts) and removes the run from the server&apos;s history once the headshot is back.</source>
        <translation>어떤 클라우드 서비스에도 보내지 않습니다. 사진은 직접 운영하는 ComfyUI 서버로만 전송되며, 서버는 자체 설정에 따라 보관합니다. 앱은 사진을 임시 파일로 업로드하고(ComfyUI는 시작할 때 이를 지움), 헤드샷을 받은 후 서버의 기록에서 실행을 제거합니다.</translation>
    </message>
    <message>
        <source>The shipped workflows use open-weight models you download to your server once; their licences differ (FLUX.1 Kontext [dev] is for non-commercial use only).</source>
        <translation>기본 제공 워크플로는 서버에 한 번 내려받는 오픈 웨이트 모델을 사용합니다. 라이선스는 모델마다 다릅니다(FLUX.1 Kontext [dev]는 비상업적 용도 전용).</translation>
    </message>
    <message>
        <source>Qwen-Image-Edit 2511 (best likeness)</source>
        <translation>Qwen-Image-Edit 2511(가장 닮음)</translation>
    </message>
    <message>
        <source>FLUX.2 [klein] 4B (fast, smaller GPUs)</source>
        <translation>FLUX.2 [klein] 4B(빠름, 작은 GPU용)</translation>
    </message>
    <message>
        <source>FLUX.1 Kontext [dev] (non-commercial use only)</source>
        <translation>FLUX.1 Kontext [dev](비상업적 용도 전용)</translation>
    </message>
    <message>
        <source>as its author says</source>
        <translation>작성자가 정한 대로</translation>
    </message>
    <message>
        <source>There is no ComfyUI workflow called {name}.</source>
        <translation>{name}(이)라는 ComfyUI 워크플로가 없습니다.</translation>
    </message>
    <message>
        <source>Known workflows: {names}, or the path of your own API-format workflow file.</source>
        <translation>알려진 워크플로: {names}, 또는 직접 만든 API 형식 워크플로 파일의 경로.</translation>
    </message>
    <message>
        <source>The workflow file {path} cannot be read: {reason}.</source>
        <translation>워크플로 파일 {path}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The workflow file {path} is larger than any workflow (over 2 MB).</source>
        <translation>워크플로 파일 {path}이(가) 일반 워크플로보다 큽니다(2 MB 초과).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not valid JSON ({reason}).</source>
        <translation>워크플로 파일 {path}은(는) 올바른 JSON이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>The workflow file {path} is not in ComfyUI&apos;s API format.</source>
        <translation>워크플로 파일 {path}은(는) ComfyUI API 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>In ComfyUI use Workflow ▸ Export (API), then choose that file.</source>
        <translation>ComfyUI에서 Workflow ▸ Export (API)를 사용한 다음 해당 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The workflow file {path} has no {placeholders} placeholder.</source>
        <translation>워크플로 파일 {path}에 {placeholders} 자리 표시자가 없습니다.</translation>
    </message>
    <message>
        <source>Put {{{{photo}}}} where LoadImage names its image and {{{{prompt}}}} where the text goes; {{{{seed}}}}, {{{{width}}}} and {{{{height}}}} are optional.</source>
        <translation>LoadImage가 이미지 이름을 지정하는 곳에 {{{{photo}}}}를, 텍스트가 들어가는 곳에 {{{{prompt}}}}를 넣으십시오. {{{{seed}}}}, {{{{width}}}}, {{{{height}}}}는 선택 사항입니다.</translation>
    </message>
    <message>
        <source>The workflow asks for {placeholder}, which the app does not fill.</source>
        <translation>워크플로가 앱이 채우지 않는 {placeholder}을(를) 요구합니다.</translation>
    </message>
    <message>
        <source>Known placeholders: {names}.</source>
        <translation>알려진 자리 표시자: {names}.</translation>
    </message>
    <message>
        <source>{server} has no node called “{type}” (node {node} of this workflow).</source>
        <translation>{server}에 “{type}”(이)라는 노드가 없습니다(이 워크플로의 노드 {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI, or install the custom node that provides it.</source>
        <translation>ComfyUI를 업데이트하거나 이 노드를 제공하는 사용자 지정 노드를 설치하십시오.</translation>
    </message>
    <message>
        <source>This workflow uses “{type}”, a node that sends the picture to a cloud service, so the app will not run it.</source>
        <translation>이 워크플로는 그림을 클라우드 서비스로 보내는 노드인 “{type}”을(를) 사용하므로 앱에서 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a workflow that runs only on your server.</source>
        <translation>서버에서만 실행되는 워크플로를 선택하십시오.</translation>
    </message>
    <message>
        <source>{server}&apos;s “{type}” node has no input called “{name}” (node {node}).</source>
        <translation>{server}의 “{type}” 노드에 “{name}”(이)라는 입력이 없습니다(노드 {node}).</translation>
    </message>
    <message>
        <source>Update ComfyUI: the workflow was made for a newer version.</source>
        <translation>ComfyUI를 업데이트하십시오. 이 워크플로는 더 새로운 버전용으로 만들어졌습니다.</translation>
    </message>
    <message>
        <source>{server} does not have the model file {file}, which {workflow} needs ({type}).</source>
        <translation>{server}에 {workflow}에 필요한 모델 파일 {file}이(가) 없습니다({type}).</translation>
    </message>
    <message>
        <source>{missing} Put it in ComfyUI&apos;s models/{folder} folder (about {size:g} GB; get it from {address}).</source>
        <translation>{missing} ComfyUI의 models/{folder} 폴더에 넣으십시오(약 {size:g} GB, {address}에서 받을 수 있음).</translation>
    </message>
    <message>
        <source>Download it to the server, restart ComfyUI, or choose another workflow.</source>
        <translation>서버에 내려받은 후 ComfyUI를 다시 시작하거나, 다른 워크플로를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>fake</name>
    <message>
        <source>Fake provider (developers)</source>
        <translation>가짜 제공자(개발자용)</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing.</source>
        <translation>아무것도 이 컴퓨터를 벗어나지 않습니다. 가짜 제공자는 그림을 로컬에서 만들고 아무것도 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>분위기</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>따뜻하게</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>차갑게</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>The tint the fake headshot gets.</source>
        <translation>가짜 헤드샷에 적용되는 색조입니다.</translation>
    </message>
    <message>
        <source>This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.</source>
        <translation>의도적으로 요청한 실패입니다. 중지하려면 {variable}(또는 fail 옵션)을 해제하십시오.</translation>
    </message>
    <message>
        <source>The fake provider did not accept the API key.</source>
        <translation>가짜 제공자가 API 키를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The fake provider refused access to its model.</source>
        <translation>가짜 제공자가 모델 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s account has run out of credit.</source>
        <translation>가짜 제공자 계정의 크레딧이 소진되었습니다.</translation>
    </message>
    <message>
        <source>The fake provider is limiting how fast requests can be sent.</source>
        <translation>가짜 제공자가 요청 속도를 제한하고 있습니다.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>가짜 제공자의 안전 시스템이 이 사진 또는 스타일의 프롬프트를 거부했습니다.</translation>
    </message>
    <message>
        <source>The fake provider could not carry out the request.</source>
        <translation>가짜 제공자가 요청을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fake provider does not offer what was asked for.</source>
        <translation>가짜 제공자는 요청한 것을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The fake provider had a problem on its side.</source>
        <translation>가짜 제공자 측에 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The connection to the fake provider was interrupted.</source>
        <translation>가짜 제공자와의 연결이 중단되었습니다.</translation>
    </message>
    <message>
        <source>The fake provider did not answer in time.</source>
        <translation>가짜 제공자가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The fake provider sent an answer that cannot be read.</source>
        <translation>가짜 제공자가 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The fake provider cannot fail with {value}.</source>
        <translation>가짜 제공자는 {value}(으)로 실패할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use one of {kinds}, optionally followed by :N.</source>
        <translation>{kinds} 중 하나를 사용하십시오. 뒤에 :N을 붙일 수 있습니다.</translation>
    </message>
    <message>
        <source>The fake provider&apos;s latency {value} is not a number of seconds from 0 to 3600.</source>
        <translation>가짜 제공자의 지연 시간 {value}이(가) 0에서 3600 사이의 초 단위 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Fix {variable} or the latency option.</source>
        <translation>{variable} 또는 지연 시간 옵션을 수정하십시오.</translation>
    </message>
    <message>
        <source>The fake provider has no model called {model}.</source>
        <translation>가짜 제공자에 {model}(이)라는 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Leave the model empty or choose {model}.</source>
        <translation>모델을 비워 두거나 {model}을(를) 선택하십시오.</translation>
    </message>
    <message>
        <source>The fake provider works: it makes headshots on this computer, for nothing.</source>
        <translation>가짜 제공자가 작동합니다. 이 컴퓨터에서 무료로 헤드샷을 만듭니다.</translation>
    </message>
    <message>
        <source>The fake provider has no look called {look}.</source>
        <translation>가짜 제공자에 {look}(이)라는 분위기가 없습니다.</translation>
    </message>
    <message>
        <source>Choose {looks}.</source>
        <translation>{looks} 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Making a fake headshot on this computer…</source>
        <translation>이 컴퓨터에서 가짜 헤드샷을 만드는 중…</translation>
    </message>
    <message>
        <source>The fake provider could not read the photo.</source>
        <translation>가짜 제공자가 사진을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Try another photo.</source>
        <translation>다른 사진으로 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>gemini</name>
    <message>
        <source>Gemini&apos;s {model} takes at most {count} reference photos.</source>
        <translation>Gemini의 {model}은(는) 참조 사진을 최대 {count}장까지 받습니다.</translation>
    </message>
    <message>
        <source>Choose fewer reference photos, or a newer Gemini image model.</source>
        <translation>참조 사진 수를 줄이거나 더 새로운 Gemini 이미지 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system blocked the request before making anything ({reason}): it flagged your photo or the style&apos;s text.</source>
        <translation>{service}의 안전 시스템이 아무것도 만들기 전에 요청을 차단했습니다({reason}). 사진이나 스타일 텍스트가 문제가 되었습니다.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system stopped the headshot it made ({reason}).</source>
        <translation>{service}의 안전 시스템이 만든 헤드샷을 차단했습니다({reason}).</translation>
    </message>
    <message>
        <source>{service} stopped because the result looked too much like an existing image.</source>
        <translation>결과가 기존 이미지와 너무 비슷해 보여 {service}이(가) 중지했습니다.</translation>
    </message>
    <message>
        <source>{service} answered in words instead of making the headshot.</source>
        <translation>{service}이(가) 헤드샷을 만드는 대신 텍스트로 응답했습니다.</translation>
    </message>
    <message>
        <source>This is how Gemini declines: try another photo or another style.</source>
        <translation>Gemini가 요청을 거절하는 방식입니다. 다른 사진이나 다른 스타일로 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} made no image this time ({reason}).</source>
        <translation>이번에는 {service}이(가) 이미지를 만들지 않았습니다({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유 없음</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will likely be refused again.</source>
        <translation>다른 사진(조명이 밝고 본인만 나온 사진)이나 다른 스타일로 시도하십시오. 같은 사진과 스타일로 다시 시도하면 또 거부될 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>The Gemini API version {version} is not one Google serves.</source>
        <translation>Gemini API 버전 {version}은(는) Google이 제공하는 버전이 아닙니다.</translation>
    </message>
    <message>
        <source>Use v1 or v1beta (or unset {variable}).</source>
        <translation>v1 또는 v1beta를 사용하십시오(또는 {variable}을(를) 해제하십시오).</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Gemini API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The prepaid credit for your {service} key is used up.</source>
        <translation>{service} 키의 선불 크레딧이 모두 소진되었습니다.</translation>
    </message>
    <message>
        <source>Add credit or check billing in Google AI Studio ({address}), then try again.</source>
        <translation>Google AI Studio({address})에서 크레딧을 추가하거나 결제를 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} cannot be used with this key as it is.</source>
        <translation>이 키로는 현재 상태 그대로 {service}을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Turn on billing for the key&apos;s project in Google AI Studio: the free tier is not offered everywhere.</source>
        <translation>Google AI Studio에서 키의 프로젝트에 결제를 사용 설정하십시오. 무료 등급은 모든 지역에서 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project has the Gemini API turned on and may use this model.</source>
        <translation>키의 프로젝트에서 Gemini API가 사용 설정되어 있고 이 모델을 사용할 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} does not offer {model} to this key.</source>
        <translation>{service}은(는) 이 키에 {model}을(를) 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for to this key.</source>
        <translation>{service}은(는) 이 키에 요청한 것을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose another model in Settings (Test key lists the ones your key can use).</source>
        <translation>설정에서 다른 모델을 선택하십시오(키 테스트로 키에서 사용할 수 있는 모델을 볼 수 있습니다).</translation>
    </message>
    <message>
        <source>{service} took too long to make the image (HTTP {status}).</source>
        <translation>{service}이(가) 이미지를 만드는 데 너무 오래 걸렸습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the model and detail level in Settings, or try another photo.</source>
        <translation>설정에서 모델과 세부 수준을 확인하거나 다른 사진으로 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} could not be reached properly (HTTP {status}).</source>
        <translation>{service}에 제대로 연결할 수 없습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} gave an answer that is not Gemini&apos;s (HTTP {status}).</source>
        <translation>{service}이(가) Gemini의 응답이 아닌 응답을 보냈습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key&apos;s project in Google AI Studio, or type a model name in Settings.</source>
        <translation>Google AI Studio에서 키의 프로젝트를 확인하거나 설정에서 모델 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Google keeps prompts and images for up to 55 days to watch for abuse. On a paid (billing-enabled) project it does not use them to improve its products.</source>
        <translation>Google은 악용 감시를 위해 프롬프트와 이미지를 최대 55일 동안 보관합니다. 유료(결제 사용 설정) 프로젝트에서는 이를 제품 개선에 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>On the free tier Google may use what you send to improve its products, and people at Google may read it: use a key from a Google Cloud project with billing turned on.</source>
        <translation>무료 등급에서는 Google이 보낸 내용을 제품 개선에 사용할 수 있고 Google 직원이 읽을 수도 있습니다. 결제가 사용 설정된 Google Cloud 프로젝트의 키를 사용하십시오.</translation>
    </message>
    <message>
        <source>Projects created since 26 October 2026 keep a log of requests unless logging is turned off in Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes sure.</source>
        <translation>2026년 10월 26일 이후 만든 프로젝트는 Google AI Studio에서 로깅을 끄지 않는 한 요청 로그를 남깁니다. 앱은 Google에 각 요청을 기록하지 말라고 요청하며, AI Studio에서 로깅을 끄면 확실합니다.</translation>
    </message>
    <message>
        <source>Google&apos;s terms say the Gemini API is for professional or business use, by people aged 18 or over.</source>
        <translation>Google 약관에 따르면 Gemini API는 만 18세 이상이 전문 또는 업무 용도로 사용하기 위한 것입니다.</translation>
    </message>
    <message>
        <source>My Gemini API key belongs to a project with billing turned on (the paid tier).</source>
        <translation>내 Gemini API 키는 결제가 사용 설정된 프로젝트(유료 등급)에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Every image Gemini makes carries Google&apos;s invisible SynthID watermark, which marks it as made by AI.</source>
        <translation>Gemini가 만드는 모든 이미지에는 AI로 만들었음을 나타내는 Google의 보이지 않는 SynthID 워터마크가 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>generation</name>
    <message>
        <source>the prompt is empty</source>
        <translation>프롬프트가 비어 있습니다</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>프롬프트가 {limit}자보다 깁니다</translation>
    </message>
    <message>
        <source>the shape {shape} is not one of {shapes}</source>
        <translation>모양 {shape}이(가) {shapes} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the detail level {level} is not one of {levels}</source>
        <translation>세부 수준 {level}이(가) {levels} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>the number of previews must be 0 to {most}</source>
        <translation>미리 보기 수는 0에서 {most} 사이여야 합니다</translation>
    </message>
    <message>
        <source>there are at most {most} variants</source>
        <translation>변형은 최대 {most}개입니다</translation>
    </message>
    <message>
        <source>there are at most {most} reference photos</source>
        <translation>참조 사진은 최대 {most}장입니다</translation>
    </message>
    <message>
        <source>These generation settings cannot be used: {problems}.</source>
        <translation>이 생성 설정은 사용할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>Change them in Settings and try again.</source>
        <translation>설정에서 변경한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The model {model} was retired on {when}. Choose another model in Settings.</source>
        <translation>{model} 모델은 {when}에 지원이 종료되었습니다. 설정에서 다른 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>The model {model} will be retired on {when}. Choose a newer model in Settings before then.</source>
        <translation>{model} 모델은 {when}에 지원이 종료됩니다. 그 전에 설정에서 더 새로운 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>Uploading to {service}… {fraction:.0%}</source>
        <translation>{service}에 업로드하는 중… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Uploading to {service}…</source>
        <translation>{service}에 업로드하는 중…</translation>
    </message>
    <message>
        <source>Receiving the headshot… {fraction:.0%}</source>
        <translation>헤드샷을 받는 중… {fraction:.0%}</translation>
    </message>
    <message>
        <source>Receiving the headshot…</source>
        <translation>헤드샷을 받는 중…</translation>
    </message>
    <message>
        <source>Waiting for {service}…</source>
        <translation>{service}을(를) 기다리는 중…</translation>
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
        <translation>사진의 색상 프로필을 사용할 수 없습니다. 색상이 약간 다르게 보일 수 있습니다</translation>
    </message>
    <message>
        <source>the photo&apos;s transparent parts were filled with white</source>
        <translation>사진의 투명한 부분을 흰색으로 채웠습니다</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>파일이 손상되었거나 불완전합니다</translation>
    </message>
    <message>
        <source>Open it in another app to check it, or choose another photo.</source>
        <translation>다른 앱에서 열어 확인하거나 다른 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo (a few thousand pixels across is plenty).</source>
        <translation>더 작은 사진 사본을 사용하십시오(가로 수천 픽셀이면 충분합니다).</translation>
    </message>
    <message>
        <source>{format} photos cannot be opened on this computer</source>
        <translation>이 컴퓨터에서는 {format} 사진을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Convert it to JPEG first.</source>
        <translation>먼저 JPEG로 변환하십시오.</translation>
    </message>
    <message>
        <source>the image is too large ({megapixels} megapixels); the limit is {limit} megapixels</source>
        <translation>이미지가 너무 큽니다({megapixels}메가픽셀). 한도는 {limit}메가픽셀입니다</translation>
    </message>
    <message>
        <source>the image is too large; the limit is {limit} megapixels</source>
        <translation>이미지가 너무 큽니다. 한도는 {limit}메가픽셀입니다</translation>
    </message>
    <message>
        <source>the image is too large ({width} × {height} pixels); the limit is {limit} megapixels</source>
        <translation>이미지가 너무 큽니다({width} × {height}픽셀). 한도는 {limit}메가픽셀입니다</translation>
    </message>
    <message>
        <source>the image is too small for a headshot ({width} × {height} pixels); it needs at least {minimum} pixels on its shorter side</source>
        <translation>헤드샷에 쓰기에는 이미지가 너무 작습니다({width} × {height}픽셀). 짧은 쪽이 최소 {minimum}픽셀이어야 합니다</translation>
    </message>
    <message>
        <source>Use a larger photo, for example the original from your phone or camera.</source>
        <translation>더 큰 사진을 사용하십시오. 예를 들어 휴대전화나 카메라의 원본을 사용하십시오.</translation>
    </message>
    <message>
        <source>animated GIF: the first frame was used</source>
        <translation>애니메이션 GIF: 첫 번째 프레임을 사용했습니다</translation>
    </message>
    <message>
        <source>the TIFF file has several pages: the first one was used</source>
        <translation>TIFF 파일에 여러 페이지가 있어 첫 번째 페이지를 사용했습니다</translation>
    </message>
    <message>
        <source>the HEIC file holds several images: the first one was used</source>
        <translation>HEIC 파일에 여러 이미지가 있어 첫 번째 이미지를 사용했습니다</translation>
    </message>
    <message>
        <source>the file holds several pictures: the first one was used</source>
        <translation>파일에 여러 그림이 있어 첫 번째 그림을 사용했습니다</translation>
    </message>
    <message>
        <source>animated image: the first frame was used</source>
        <translation>애니메이션 이미지: 첫 번째 프레임을 사용했습니다</translation>
    </message>
    <message>
        <source>there is not enough memory to open this image</source>
        <translation>이 이미지를 열기에 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the photo was reduced to {width} × {height} pixels to stay under the provider&apos;s {limit} limit</source>
        <translation>제공자의 한도 {limit} 미만으로 유지하기 위해 사진을 {width} × {height}픽셀로 줄였습니다</translation>
    </message>
    <message>
        <source>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</source>
        <translation>JPEG, PNG, HEIC, WebP, TIFF, BMP 또는 GIF</translation>
    </message>
    <message>
        <source>Use a smaller copy of the photo.</source>
        <translation>더 작은 사진 사본을 사용하십시오.</translation>
    </message>
    <message>
        <source>the image uses a colour format that cannot be read</source>
        <translation>이미지가 읽을 수 없는 색상 형식을 사용합니다</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and try again.</source>
        <translation>JPEG 또는 PNG로 저장한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Choose a photo: {formats}.</source>
        <translation>사진을 선택하십시오: {formats}.</translation>
    </message>
    <message>
        <source>Export or save it as a JPEG or PNG photo, then try again.</source>
        <translation>JPEG 또는 PNG 사진으로 내보내거나 저장한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>Choose another photo.</source>
        <translation>다른 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>this is not a photo Headshot Desktop can read</source>
        <translation>Headshot Desktop에서 읽을 수 있는 사진이 아닙니다</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo</source>
        <translation>사진이 아니라 PDF 문서입니다</translation>
    </message>
    <message>
        <source>Export the page as a JPEG or PNG image first.</source>
        <translation>먼저 페이지를 JPEG 또는 PNG 이미지로 내보내십시오.</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a photo</source>
        <translation>사진이 아니라 웹 페이지(HTML)입니다</translation>
    </message>
    <message>
        <source>Save the picture itself from the page (right-click it, then Save Image As) and use that file.</source>
        <translation>페이지에서 그림 자체를 저장하고(그림을 마우스 오른쪽 버튼으로 클릭한 다음 다른 이름으로 이미지 저장) 그 파일을 사용하십시오.</translation>
    </message>
    <message>
        <source>this is an SVG drawing, not a photo</source>
        <translation>사진이 아니라 SVG 그림입니다</translation>
    </message>
    <message>
        <source>this is an XML document, not a photo</source>
        <translation>사진이 아니라 XML 문서입니다</translation>
    </message>
    <message>
        <source>this is a text file, not a photo</source>
        <translation>사진이 아니라 텍스트 파일입니다</translation>
    </message>
    <message>
        <source>this is a video, not a photo</source>
        <translation>사진이 아니라 동영상입니다</translation>
    </message>
    <message>
        <source>Take a still picture from the video, or choose a photo.</source>
        <translation>동영상에서 정지 화면을 캡처하거나 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a photo</source>
        <translation>사진이 아니라 압축 파일입니다</translation>
    </message>
    <message>
        <source>Unpack it first, then choose the photo inside.</source>
        <translation>먼저 압축을 푼 다음 안에 있는 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>{format} 파일은 지원되지 않습니다</translation>
    </message>
    <message>
        <source>Camera RAW</source>
        <translation>카메라 RAW</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <translation>Photoshop(PSD)</translation>
    </message>
    <message>
        <source>Icon (ICO)</source>
        <translation>아이콘(ICO)</translation>
    </message>
    <message>
        <source>Export a smaller copy of the photo (a JPEG is plenty) and try again.</source>
        <translation>더 작은 사진 사본(JPEG면 충분함)을 내보낸 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it to a folder of yours and choose the copy.</source>
        <translation>파일 권한을 확인하거나 본인 폴더에 복사한 다음 사본을 선택하십시오.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>이동, 이름 변경 또는 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>사진이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>Open the folder and choose a photo in it.</source>
        <translation>폴더를 열고 안에 있는 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>이미지가 비어 있습니다</translation>
    </message>
    <message>
        <source>the image is too large ({size}); the limit is {limit}</source>
        <translation>이미지가 너무 큽니다({size}). 한도는 {limit}입니다</translation>
    </message>
    <message>
        <source>the file is too large ({size}); the limit is {limit}</source>
        <translation>파일이 너무 큽니다({size}). 한도는 {limit}입니다</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>사진 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>파일을 읽을 수 없습니다(권한 거부)</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>파일을 읽을 수 없습니다({error})</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{folder} is a link (to {target}), not a folder. Headshot Desktop does not follow links out of its library, so it leaves this library alone.</source>
        <translation>{folder}은(는) 폴더가 아니라 ({target}(으)로 연결되는) 링크입니다. Headshot Desktop은 라이브러리 밖으로 나가는 링크를 따라가지 않으므로 이 라이브러리를 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder (move the photos into it), or choose another library folder in Settings.</source>
        <translation>링크를 실제 폴더로 바꾸거나(사진을 그 폴더로 이동) 설정에서 다른 라이브러리 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h (fractions of the width and height, e.g. 0,0.1,1,0.7).</source>
        <translation>{text}은(는) 네 개의 숫자 x,y,w,h(너비와 높이에 대한 비율, 예: 0,0.1,1,0.7)가 아닙니다.</translation>
    </message>
    <message>
        <source>{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.</source>
        <translation>{text}은(는) 네 개의 숫자 x,y,w,h가 아닙니다. 각각 0에서 1 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{text} holds a value that is not a number.</source>
        <translation>{text}에 숫자가 아닌 값이 있습니다.</translation>
    </message>
    <message>
        <source>{text}: x and y are where the crop starts, from 0 (left, top) to below 1.</source>
        <translation>{text}: x와 y는 자르기 시작 위치로, 0(왼쪽, 위)부터 1 미만까지입니다.</translation>
    </message>
    <message>
        <source>{text}: the width and height must be more than 0 and at most 1 (the whole image).</source>
        <translation>{text}: 너비와 높이는 0보다 크고 1(전체 이미지) 이하여야 합니다.</translation>
    </message>
    <message>
        <source>{text} reaches past the image&apos;s edge: x + w and y + h must be at most 1.</source>
        <translation>{text}이(가) 이미지 가장자리를 벗어납니다. x + w와 y + h는 1 이하여야 합니다.</translation>
    </message>
    <message>
        <source>{path} (a link, or not a file: not copied)</source>
        <translation>{path}(링크이거나 파일이 아님: 복사하지 않음)</translation>
    </message>
    <message>
        <source>{path} (a link, or outside the library: not copied)</source>
        <translation>{path}(링크이거나 라이브러리 밖에 있음: 복사하지 않음)</translation>
    </message>
    <message>
        <source>write the export</source>
        <translation>내보내기 파일 쓰기</translation>
    </message>
    <message>
        <source>Removed {count} file(s) you had deleted in the app from the system trash.</source>
        <translation>앱에서 삭제했던 파일 {count}개를 시스템 휴지통에서 제거했습니다.</translation>
    </message>
    <message>
        <source>They stay there until the trash is emptied.</source>
        <translation>휴지통을 비울 때까지 그곳에 남습니다.</translation>
    </message>
    <message>
        <source>{count} file(s) you deleted in the app are still in the system trash: {names}. {hint}</source>
        <translation>앱에서 삭제한 파일 {count}개가 아직 시스템 휴지통에 있습니다: {names}. {hint}</translation>
    </message>
    <message>
        <source>Nothing was deleted: deleting all data needs an explicit confirmation.</source>
        <translation>아무것도 삭제하지 않았습니다. 모든 데이터를 삭제하려면 명시적인 확인이 필요합니다.</translation>
    </message>
    <message>
        <source>Confirm that everything should be deleted.</source>
        <translation>모든 항목을 삭제할 것인지 확인하십시오.</translation>
    </message>
    <message>
        <source>the library folder {folder} was not found (is its drive connected?), so its photos were not deleted. The setting that says where it is was kept: connect the drive and run this again.</source>
        <translation>라이브러리 폴더 {folder}을(를) 찾을 수 없어(드라이브가 연결되어 있습니까?) 사진을 삭제하지 않았습니다. 폴더 위치 설정은 유지했습니다. 드라이브를 연결하고 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>the library in {folder}: {error}</source>
        <translation>{folder}의 라이브러리: {error}</translation>
    </message>
    <message>
        <source>the library folder setting ({error})</source>
        <translation>라이브러리 폴더 설정({error})</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>{what} would be {size} as PNG, over its limit of {limit}.</source>
        <translation>{what}은(는) PNG로 {size}이(가) 되어 한도 {limit}을(를) 초과합니다.</translation>
    </message>
    <message>
        <source>Choose JPEG or WebP: their quality is lowered until the file fits.</source>
        <translation>JPEG 또는 WebP를 선택하십시오. 파일이 맞을 때까지 품질을 낮춥니다.</translation>
    </message>
    <message>
        <source>{what} does not fit in {limit} even at quality {quality}.</source>
        <translation>{what}은(는) 품질 {quality}에서도 {limit}에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a smaller size, or a preset without a size limit.</source>
        <translation>더 작은 크기나 크기 제한이 없는 사전 설정을 선택하십시오.</translation>
    </message>
    <message>
        <source>The file name template uses {field}, which is not a known field.</source>
        <translation>파일 이름 템플릿에 알 수 없는 필드 {field}이(가) 사용되었습니다.</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>{fields}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>The file name template {template} is not valid.</source>
        <translation>파일 이름 템플릿 {template}이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot export as {format}.</source>
        <translation>{format}(으)로 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>PNG, JPEG 또는 WebP를 선택하십시오.</translation>
    </message>
    <message>
        <source>Quality {quality} is out of range.</source>
        <translation>품질 {quality}이(가) 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 100.</source>
        <translation>1에서 100 사이의 숫자를 사용하십시오.</translation>
    </message>
    <message>
        <source>{name} is no longer in the library.</source>
        <translation>{name}이(가) 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Cannot export {name}: the file is damaged or not an image.</source>
        <translation>{name}을(를) 내보낼 수 없습니다. 파일이 손상되었거나 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} for {preset}</source>
        <translation>{preset}용 {name}</translation>
    </message>
    <message>
        <source>export the headshot</source>
        <translation>헤드샷 내보내기</translation>
    </message>
    <message>
        <source>The move was cancelled; the library stays where it was.</source>
        <translation>이동이 취소되었습니다. 라이브러리는 원래 위치에 있습니다.</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>폴더 만들기</translation>
    </message>
    <message>
        <source>The library folder {folder} is no longer there.</source>
        <translation>라이브러리 폴더 {folder}이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5).</source>
        <translation>연결이 끊긴 드라이브에 있다면 연결한 다음 보기 ▸ 라이브러리 다시 불러오기(F5)를 사용하십시오.</translation>
    </message>
    <message>
        <source>create the library folder</source>
        <translation>라이브러리 폴더 만들기</translation>
    </message>
    <message>
        <source>The library {folder} is being deleted by another Headshot Desktop.</source>
        <translation>다른 Headshot Desktop에서 라이브러리 {folder}을(를) 삭제하는 중입니다.</translation>
    </message>
    <message>
        <source>Wait until that has finished, or choose another library folder.</source>
        <translation>끝날 때까지 기다리거나 다른 라이브러리 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not {action}: the library folder {folder} is no longer there.</source>
        <translation>{action} 작업을 할 수 없습니다. 라이브러리 폴더 {folder}이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>If it is on a drive that was disconnected, connect it and try again.</source>
        <translation>연결이 끊긴 드라이브에 있다면 연결한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The image {provider} returned cannot be read, so it was not saved.</source>
        <translation>{provider}이(가) 반환한 이미지를 읽을 수 없어 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The image the provider returned cannot be read, so it was not saved.</source>
        <translation>제공자가 반환한 이미지를 읽을 수 없어 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Try generating it again.</source>
        <translation>다시 생성해 보십시오.</translation>
    </message>
    <message>
        <source>The library index {path} was written by a newer version of Headshot Desktop.</source>
        <translation>라이브러리 색인 {path}은(는) 더 새로운 버전의 Headshot Desktop에서 작성되었습니다.</translation>
    </message>
    <message>
        <source>Update the app to open this library.</source>
        <translation>이 라이브러리를 열려면 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>That original photo (number {number}) is no longer in the library.</source>
        <translation>해당 원본 사진(번호 {number})이 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>That headshot (number {number}) is no longer in the library.</source>
        <translation>해당 헤드샷(번호 {number})이 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>keep the paid headshot in the recovery folder</source>
        <translation>비용을 지불한 헤드샷을 복구 폴더에 보관</translation>
    </message>
    <message>
        <source>read the recovery folder</source>
        <translation>복구 폴더 읽기</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Could not remove {path} ({error}).</source>
        <translation>{path}을(를) 제거할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Choose an empty folder, or a new one.</source>
        <translation>빈 폴더나 새 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{target} is inside the library folder {source}, so the library cannot be moved there.</source>
        <translation>{target}이(가) 라이브러리 폴더 {source} 안에 있으므로 라이브러리를 그곳으로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a folder outside it.</source>
        <translation>그 바깥의 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{target} holds the library folder {source}, so the library cannot be moved into it.</source>
        <translation>{target}에 라이브러리 폴더 {source}이(가) 들어 있으므로 라이브러리를 그 안으로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation>{target}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The library folder {source} was not found, so there is nothing to move.</source>
        <translation>라이브러리 폴더 {source}을(를) 찾을 수 없어 이동할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again.</source>
        <translation>연결되지 않은 드라이브에 있다면 연결한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos and {batches} team batch(es) of its own.</source>
        <translation>{target}에 이미 사진 {photos}장과 팀 배치 {batches}개가 있는 자체 라이브러리가 있습니다.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {photos} photos of its own.</source>
        <translation>{target}에 이미 사진 {photos}장이 있는 자체 라이브러리가 있습니다.</translation>
    </message>
    <message>
        <source>{target} already holds a library with {batches} team batch(es) of its own.</source>
        <translation>{target}에 이미 팀 배치 {batches}개가 있는 자체 라이브러리가 있습니다.</translation>
    </message>
    <message>
        <source>Choose an empty folder to move your library to, or use that library as it is.</source>
        <translation>라이브러리를 이동할 빈 폴더를 선택하거나, 해당 라이브러리를 그대로 사용하십시오.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 외 {count}개</translation>
    </message>
    <message>
        <source>{target} is not empty ({names}) and is not a Headshot Desktop library.</source>
        <translation>{target}이(가) 비어 있지 않으며({names}) Headshot Desktop 라이브러리도 아닙니다.</translation>
    </message>
    <message>
        <source>There is not enough free space for the library in {target}: it needs {needed}, and {free} is free.</source>
        <translation>{target}에 라이브러리를 위한 여유 공간이 부족합니다. {needed}이(가) 필요하지만 여유 공간은 {free}입니다.</translation>
    </message>
    <message>
        <source>Free some space on that disk, or choose a folder on another one.</source>
        <translation>해당 디스크의 공간을 확보하거나 다른 디스크의 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The library {folder} is open in another Headshot Desktop window or command.</source>
        <translation>라이브러리 {folder}이(가) 다른 Headshot Desktop 창이나 명령에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>Close it, or wait for the command to finish, and try again. Nothing was moved.</source>
        <translation>그것을 닫거나 명령이 끝날 때까지 기다린 다음 다시 시도하십시오. 아무것도 이동하지 않았습니다.</translation>
    </message>
    <message>
        <source>lock the library</source>
        <translation>라이브러리 잠그기</translation>
    </message>
    <message>
        <source>replace the empty library&apos;s index</source>
        <translation>빈 라이브러리의 색인 바꾸기</translation>
    </message>
    <message>
        <source>{target} appeared while the library was being moved, and differs from {source}.</source>
        <translation>라이브러리를 이동하는 동안 {target}이(가) 생겼으며 {source}와 다릅니다.</translation>
    </message>
    <message>
        <source>Nothing was removed from the old library. Choose an empty folder and try again.</source>
        <translation>이전 라이브러리에서 아무것도 제거하지 않았습니다. 빈 폴더를 선택하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>copy the library</source>
        <translation>라이브러리 복사</translation>
    </message>
    <message>
        <source>The copy of {name} in {folder} differs from the original.</source>
        <translation>{folder}에 있는 {name}의 사본이 원본과 다릅니다.</translation>
    </message>
    <message>
        <source>The disk may be failing. Nothing was removed from the old library.</source>
        <translation>디스크에 문제가 있을 수 있습니다. 이전 라이브러리에서 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <source>Deleted {originals} original photo(s) and {headshots} headshot(s).</source>
        <translation>원본 사진 {originals}장과 헤드샷 {headshots}개를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deleted the library index, {thumbnails} preview(s), {logs} log file(s) and {others} settings and state file(s).</source>
        <translation>라이브러리 색인, 미리 보기 {thumbnails}개, 로그 파일 {logs}개, 설정 및 상태 파일 {others}개를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deleted {batches} team batch(es): who was in each and where their photos were.</source>
        <translation>팀 배치 {batches}개를 삭제했습니다: 각 배치의 인원과 사진 위치 정보.</translation>
    </message>
    <message>
        <source>Removed the API key of {providers} from the system keyring.</source>
        <translation>시스템 키링에서 {providers}의 API 키를 제거했습니다.</translation>
    </message>
    <message>
        <source>The stored API keys could not be checked: {problem}</source>
        <translation>저장된 API 키를 확인할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>No API key was stored for {providers}.</source>
        <translation>{providers}에 저장된 API 키가 없습니다.</translation>
    </message>
    <message>
        <source>Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. If the trash has not been emptied since, they are still there: empty the trash to remove them.</source>
        <translation>이전에 파일 {count}개가 시스템 휴지통으로 이동되었습니다(삭제 또는 보존 기간 설정에 의해): {names}. 그 이후 휴지통을 비우지 않았다면 아직 그곳에 있습니다. 제거하려면 휴지통을 비우십시오.</translation>
    </message>
    <message>
        <source>These files are not the app&apos;s and were left where they are: {paths}</source>
        <translation>다음 파일은 앱의 파일이 아니므로 그대로 두었습니다: {paths}</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>삭제하지 못함: {error}</translation>
    </message>
    <message>
        <source>The library {folder} is open in Headshot Desktop (a window, or a command still running).</source>
        <translation>라이브러리 {folder}이(가) Headshot Desktop에서 열려 있습니다(창 또는 아직 실행 중인 명령).</translation>
    </message>
    <message>
        <source>Close every Headshot Desktop window, wait for running commands to finish, and try again. Nothing was deleted.</source>
        <translation>모든 Headshot Desktop 창을 닫고 실행 중인 명령이 끝날 때까지 기다린 다음 다시 시도하십시오. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>{folder} (not removed: it is not a folder of the app&apos;s own)</source>
        <translation>{folder}(제거하지 않음: 앱 자체의 폴더가 아님)</translation>
    </message>
    <message>
        <source>Could not delete the old log file {path} ({error}).</source>
        <translation>이전 로그 파일 {path}을(를) 삭제할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Check that you may change files in {folder}.</source>
        <translation>{folder}의 파일을 변경할 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The file name or folder path is too long; choose a shorter one.</source>
        <translation>파일 이름이나 폴더 경로가 너무 깁니다. 더 짧게 지정하십시오.</translation>
    </message>
    <message>
        <source>Could not {action}: the disk is full ({path}).</source>
        <translation>{action} 작업을 할 수 없습니다. 디스크가 가득 찼습니다({path}).</translation>
    </message>
    <message>
        <source>Could not {action} ({path}).</source>
        <translation>{action} 작업을 할 수 없습니다({path}).</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name}이(가) 이미 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it (on the command line: --force).</source>
        <translation>다른 이름을 선택하거나 바꾸기를 허용하십시오(명령줄에서는 --force).</translation>
    </message>
    <message>
        <source>The library folder {folder} was not found.</source>
        <translation>라이브러리 폴더 {folder}을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and try again; otherwise choose another library folder in Settings.</source>
        <translation>연결되지 않은 드라이브에 있다면 연결한 다음 다시 시도하십시오. 그렇지 않으면 설정에서 다른 라이브러리 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s index file should be ({path}).</source>
        <translation>라이브러리 색인 파일이 있어야 할 위치에 폴더가 있습니다({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder; the index is then rebuilt from your photos.</source>
        <translation>해당 폴더를 라이브러리 폴더 밖으로 옮기십시오. 그러면 사진에서 색인이 다시 만들어집니다.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full ({folder}).</source>
        <translation>라이브러리가 있는 디스크가 가득 찼습니다({folder}).</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>공간을 확보한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The library {folder} is read-only.</source>
        <translation>라이브러리 {folder}은(는) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, choose a folder you may change.</source>
        <translation>보고 내보낼 수는 있습니다. 항목을 추가하려면 변경 가능한 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The library index {path} is busy.</source>
        <translation>라이브러리 색인 {path}이(가) 사용 중입니다.</translation>
    </message>
    <message>
        <source>Another program may be using it; close it and try again.</source>
        <translation>다른 프로그램이 사용 중일 수 있습니다. 그 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library index ({path}).</source>
        <translation>라이브러리 색인({path})을 읽거나 쓰는 중에 디스크가 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>드라이브가 아직 연결되어 있고 정상 작동하는지 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be opened.</source>
        <translation>라이브러리 색인 {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The library index {path} cannot be used ({error}).</source>
        <translation>라이브러리 색인 {path}을(를) 사용할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, move the index file away and it is rebuilt from your photos.</source>
        <translation>다시 시도하십시오. 계속 실패하면 색인 파일을 다른 곳으로 옮기십시오. 그러면 사진에서 색인이 다시 만들어집니다.</translation>
    </message>
    <message>
        <source>The library {folder} is busy.</source>
        <translation>라이브러리 {folder}이(가) 사용 중입니다.</translation>
    </message>
    <message>
        <source>Another Headshot Desktop window may be saving to it; try again in a moment.</source>
        <translation>다른 Headshot Desktop 창에서 저장 중일 수 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The library&apos;s lock file {path} is a link. Headshot Desktop does not follow links out of its library.</source>
        <translation>라이브러리의 잠금 파일 {path}이(가) 링크입니다. Headshot Desktop은 라이브러리 밖으로 나가는 링크를 따라가지 않습니다.</translation>
    </message>
    <message>
        <source>Delete that link (it holds nothing of yours) and try again.</source>
        <translation>해당 링크를 삭제한 다음(사용자 데이터는 들어 있지 않음) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>There is a folder where the library&apos;s lock file should be ({path}).</source>
        <translation>라이브러리 잠금 파일이 있어야 할 위치에 폴더가 있습니다({path}).</translation>
    </message>
    <message>
        <source>Move that folder out of the library folder and try again.</source>
        <translation>해당 폴더를 라이브러리 폴더 밖으로 옮긴 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>use the library&apos;s lock file</source>
        <translation>라이브러리 잠금 파일 사용</translation>
    </message>
    <message>
        <source>The library {folder} is read-only, so Headshot Desktop cannot {action} there.</source>
        <translation>라이브러리 {folder}이(가) 읽기 전용이므로 Headshot Desktop이 그곳에서 {action} 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>You can look at it and export from it; to add to it, copy it to a folder you may change and choose that one in Settings.</source>
        <translation>보고 내보낼 수는 있습니다. 항목을 추가하려면 변경 가능한 폴더에 복사한 다음 설정에서 그 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>라이브러리가 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>store the photo {name}</source>
        <translation>사진 {name} 보관</translation>
    </message>
    <message>
        <source>save the photo {name}</source>
        <translation>사진 {name} 저장</translation>
    </message>
    <message>
        <source>save the headshot</source>
        <translation>헤드샷 저장</translation>
    </message>
    <message>
        <source>mark it to keep</source>
        <translation>보관 표시</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cannot show a preview of {name}: the file is damaged or not an image.</source>
        <translation>{name}의 미리 보기를 표시할 수 없습니다. 파일이 손상되었거나 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot save a preview in {folder}.</source>
        <translation>{folder}에 미리 보기를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>It was moved or deleted already.</source>
        <translation>이미 이동되었거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Could not delete {path}.</source>
        <translation>{path}을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder.</source>
        <translation>라이브러리 폴더의 파일을 변경할 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not move to the trash {path}.</source>
        <translation>{path}을(를) 휴지통으로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that you may change files in the library folder. You can also delete it permanently instead.</source>
        <translation>라이브러리 폴더의 파일을 변경할 권한이 있는지 확인하십시오. 대신 영구적으로 삭제할 수도 있습니다.</translation>
    </message>
    <message>
        <source>{path} in the system trash ({error})</source>
        <translation>시스템 휴지통의 {path}({error})</translation>
    </message>
</context>
<context>
    <name>likeness</name>
    <message>
        <source>Glasses</source>
        <translation>안경</translation>
    </message>
    <message>
        <source>Grey or greying hair</source>
        <translation>흰머리 또는 희끗희끗한 머리</translation>
    </message>
    <message>
        <source>Beard or stubble</source>
        <translation>수염 또는 짧은 수염</translation>
    </message>
    <message>
        <source>Freckles and moles</source>
        <translation>주근깨와 점</translation>
    </message>
    <message>
        <source>Natural teeth</source>
        <translation>자연스러운 치아</translation>
    </message>
    <message>
        <source>Skin texture (no smoothing)</source>
        <translation>피부 결(보정 없음)</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>보이는 나이</translation>
    </message>
    <message>
        <source>Body shape</source>
        <translation>체형</translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation>피부 톤</translation>
    </message>
    <message>
        <source>Hairstyle</source>
        <translation>헤어스타일</translation>
    </message>
    <message>
        <source>there is no feature called {features} to keep (known: {known})</source>
        <translation>유지할 {features}(이)라는 특징이 없습니다(알려진 특징: {known})</translation>
    </message>
    <message>
        <source>what to keep, in your words, may be at most {limit} characters</source>
        <translation>직접 작성하는 유지할 특징은 최대 {limit}자까지 가능합니다</translation>
    </message>
</context>
<context>
    <name>openai</name>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>OpenAI API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s {model} takes at most {count} reference photos.</source>
        <translation>OpenAI의 {model}은(는) 참조 사진을 최대 {count}장까지 받습니다.</translation>
    </message>
    <message>
        <source>OpenAI cannot send images as {format}.</source>
        <translation>OpenAI는 이미지를 {format}(으)로 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose png, jpeg or webp.</source>
        <translation>png, jpeg 또는 webp를 선택하십시오.</translation>
    </message>
    <message>
        <source>no images in the answer</source>
        <translation>응답에 이미지가 없음</translation>
    </message>
    <message>
        <source>malformed JSON in the stream</source>
        <translation>스트림의 JSON 형식이 잘못됨</translation>
    </message>
    <message>
        <source>a stream event that is not an object</source>
        <translation>객체가 아닌 스트림 이벤트</translation>
    </message>
    <message>
        <source>{count} previews for {expected} image(s)</source>
        <translation>이미지 {expected}개에 대한 미리 보기 {count}개</translation>
    </message>
    <message>
        <source>a preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>the stream stopped before the image was finished</source>
        <translation>이미지가 완성되기 전에 스트림이 중단됨</translation>
    </message>
    <message>
        <source>Only {count} of {expected} images arrived before the connection ended.</source>
        <translation>연결이 끊기기 전에 이미지 {expected}개 중 {count}개만 도착했습니다.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.</source>
        <translation>다시 시도하십시오. 사용자 지정 서버에서 계속 발생하면 OpenAI 호환 서버인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use the model {model}.</source>
        <translation>{service} 조직이 인증되어야 {model} 모델을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your {service} organisation must be verified before it can use this model.</source>
        <translation>{service} 조직이 인증되어야 이 모델을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Verify your organisation in the provider&apos;s settings ({address}, “Verify Organization”); access can take up to 15 minutes to arrive. Or choose another model in Settings.</source>
        <translation>제공자 설정({address}, “Verify Organization”)에서 조직을 인증하십시오. 접근 권한이 부여되기까지 최대 15분이 걸릴 수 있습니다. 또는 설정에서 다른 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>Check that your key and organisation may use this model.</source>
        <translation>키와 조직이 이 모델을 사용할 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} took too long to take the request.</source>
        <translation>{service}이(가) 요청을 받는 데 너무 오래 걸렸습니다.</translation>
    </message>
    <message>
        <source>Check the model, size and quality in Settings, or try another photo.</source>
        <translation>설정에서 모델, 크기, 품질을 확인하거나 다른 사진으로 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} stopped while making the image.</source>
        <translation>{service}이(가) 이미지를 만드는 중에 중지되었습니다.</translation>
    </message>
    <message>
        <source>{service} gave an unexpected answer (HTTP {status}).</source>
        <translation>{service}이(가) 예상치 못한 응답을 보냈습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Check that the key&apos;s project may use GPT image models, or type a model name in Settings.</source>
        <translation>키의 프로젝트에서 GPT 이미지 모델을 사용할 수 있는지 확인하거나 설정에서 모델 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>OpenAI acts as a processor for API requests: it does not train on them by default, and keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.</source>
        <translation>OpenAI는 API 요청에 대해 처리자 역할을 합니다. 기본적으로 학습에 사용하지 않으며, 자체 정책에 따라 악용 감시를 위해 입력과 출력을 최대 30일 동안 보관합니다.</translation>
    </message>
    <message>
        <source>The format OpenAI sends the headshot in.</source>
        <translation>OpenAI가 헤드샷을 보내는 형식.</translation>
    </message>
    <message>
        <source>High keeps more of your features; it costs a few more input tokens.</source>
        <translation>높음은 특징을 더 많이 유지하며, 입력 토큰이 조금 더 듭니다.</translation>
    </message>
    <message>
        <source>Turn off for OpenAI-compatible servers that cannot stream.</source>
        <translation>스트리밍할 수 없는 OpenAI 호환 서버에서는 끄십시오.</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>on</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Server region</source>
        <translation>서버 지역</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>Keep the face closely</source>
        <translation>얼굴을 충실하게 유지</translation>
    </message>
    <message>
        <source>Show previews while it works</source>
        <translation>작업 중 미리 보기 표시</translation>
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
        <translation>아바타</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>팀 페이지</translation>
    </message>
    <message>
        <source>Portrait 4:5</source>
        <translation>세로 4:5</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source>Print 8 × 10</source>
        <translation>인쇄 8 × 10</translation>
    </message>
    <message>
        <source>Casting 5 × 7</source>
        <translation>캐스팅 5 × 7</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>원본 크기</translation>
    </message>
    <message>
        <source>{name} ({width} × {height}, {dpi} dpi)</source>
        <translation>{name}({width} × {height}, {dpi} dpi)</translation>
    </message>
    <message>
        <source>{name} ({width} × {height})</source>
        <translation>{name}({width} × {height})</translation>
    </message>
    <message>
        <source>its {key} {value} is not a whole number from {low} to {high}</source>
        <translation>{key} {value}이(가) {low}에서 {high} 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>항목이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the id {id} is not lower-case letters, digits and dashes</source>
        <translation>id {id}이(가) 소문자, 숫자, 대시로만 이루어져 있지 않습니다</translation>
    </message>
    <message>
        <source>the preset {id} has no name</source>
        <translation>사전 설정 {id}에 이름이 없습니다</translation>
    </message>
    <message>
        <source>the size of {id} is not [width, height] from {low} to {high}</source>
        <translation>{id}의 크기가 {low}에서 {high} 사이의 [width, height]가 아닙니다</translation>
    </message>
    <message>
        <source>the format of {id} is not png, jpeg or webp</source>
        <translation>{id}의 형식이 png, jpeg 또는 webp가 아닙니다</translation>
    </message>
    <message>
        <source>round_preview of {id} is not true or false</source>
        <translation>{id}의 round_preview가 true 또는 false가 아닙니다</translation>
    </message>
    <message>
        <source>it has no &quot;presets&quot; list</source>
        <translation>&quot;presets&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>{path}: the preset {preset} has the id of a built-in preset and was left out.</source>
        <translation>{path}: 사전 설정 {preset}이(가) 기본 제공 사전 설정의 id를 사용하므로 제외했습니다.</translation>
    </message>
    <message>
        <source>There is no export size called {preset}.</source>
        <translation>{preset}(이)라는 내보내기 크기가 없습니다.</translation>
    </message>
    <message>
        <source>Choose {presets}.</source>
        <translation>{presets} 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}.</source>
        <translation>{preset}에는 {width} × {height}픽셀이 필요하지만 이 헤드샷은 {has_width} × {has_height}입니다.</translation>
    </message>
    <message>
        <source>{preset} needs {width} × {height} pixels; this headshot has {has_width} × {has_height}, and the framed part {framed_width} × {framed_height}.</source>
        <translation>{preset}에는 {width} × {height}픽셀이 필요하지만 이 헤드샷은 {has_width} × {has_height}이며, 구도 안의 부분은 {framed_width} × {framed_height}입니다.</translation>
    </message>
    <message>
        <source>Make it again in high detail at a larger size, or enlarge it anyway: a plain enlargement (Lanczos) looks softer and adds no detail.</source>
        <translation>더 큰 크기로 높은 세부 수준으로 다시 만들거나 그래도 확대하십시오. 단순 확대(Lanczos)는 더 흐릿해 보이며 세부 묘사가 늘지 않습니다.</translation>
    </message>
</context>
<context>
    <name>pricing</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>알 수 없음({reason})</translation>
    </message>
    <message>
        <source>about {usd}</source>
        <translation>약 {usd}</translation>
    </message>
    <message>
        <source>{usd}</source>
        <translation>{usd}</translation>
    </message>
    <message>
        <source>The spending log {path} cannot be written.</source>
        <translation>지출 로그 {path}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>no prices known for {model}</source>
        <translation>{model}의 가격 정보 없음</translation>
    </message>
    <message>
        <source>no per-image prices known for {model}</source>
        <translation>{model}의 이미지당 가격 정보 없음</translation>
    </message>
</context>
<context>
    <name>providers</name>
    <message>
        <source>{title}-compatible server at {host}</source>
        <translation>{host}의 {title} 호환 서버</translation>
    </message>
    <message>
        <source>{variable} points to {host}, not {title}&apos;s own service: what that server keeps is up to whoever runs it. For what it passes on to {title}: {privacy}</source>
        <translation>{variable}이(가) {title} 자체 서비스가 아닌 {host}을(를) 가리킵니다. 그 서버가 무엇을 보관하는지는 운영자에게 달려 있습니다. {title}에 전달되는 내용에 대해서는: {privacy}</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check {variable}.</source>
        <translation>다시 시도하십시오. 사용자 지정 서버 주소에서 계속 발생하면 {variable}을(를) 확인하십시오.</translation>
    </message>
    <message>
        <source>Enter your key in Settings, or set {variable}.</source>
        <translation>설정에서 키를 입력하거나 {variable}을(를) 설정하십시오.</translation>
    </message>
    <message>
        <source>Check the server address ({variable}), or try again later.</source>
        <translation>서버 주소({variable})를 확인하거나 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} did not accept the API key.</source>
        <translation>{service}이(가) API 키를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the key, or create a new one at {address}, and enter it again.</source>
        <translation>키를 확인하거나 {address}에서 새 키를 만든 다음 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>{service} does not offer what was asked for.</source>
        <translation>{service}은(는) 요청한 것을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose another model in Settings, or check the server address.</source>
        <translation>설정에서 다른 모델을 선택하거나 서버 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}).</source>
        <translation>{service} 측에 문제가 발생했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a few minutes.</source>
        <translation>대개 일시적인 문제입니다. 몇 분 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} could not carry out the request.</source>
        <translation>{service}이(가) 요청을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Try again, or choose another style.</source>
        <translation>다시 시도하거나 다른 스타일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>몇 분 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The key works: {service} accepted it.</source>
        <translation>키가 작동합니다. {service}이(가) 키를 받아들였습니다.</translation>
    </message>
    <message>
        <source>Check the server address in Settings.</source>
        <translation>설정에서 서버 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>an answer that is not a JSON object</source>
        <translation>JSON 객체가 아닌 응답</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>{service} refused access.</source>
        <translation>{service}이(가) 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>{service} is limiting how fast requests can be sent.</source>
        <translation>{service}이(가) 요청 속도를 제한하고 있습니다.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or ask for fewer variants at once.</source>
        <translation>1분 정도 기다렸다가 다시 시도하거나, 한 번에 요청하는 변형 수를 줄이십시오.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The key works: {service} offers it {count} image model(s).</source>
        <translation>키가 작동합니다. {service}이(가) 이 키에 이미지 모델 {count}개를 제공합니다.</translation>
    </message>
    <message>
        <source>{service} offers no image model to this key.</source>
        <translation>{service}은(는) 이 키에 이미지 모델을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>응답이 잘림</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 형식이 잘못됨</translation>
    </message>
    <message>
        <source>{variable} or the server address in Settings</source>
        <translation>{variable} 또는 설정의 서버 주소</translation>
    </message>
    <message>
        <source>The server address {address} is not a valid URL.</source>
        <translation>서버 주소 {address}은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The server address {address} must start with https://.</source>
        <translation>서버 주소 {address}은(는) https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Check {where}.</source>
        <translation>{where}을(를) 확인하십시오.</translation>
    </message>
    <message>
        <source>The server address {address} uses plain http://, which would send your key and photo unencrypted.</source>
        <translation>서버 주소 {address}은(는) 일반 http://를 사용하므로 키와 사진이 암호화되지 않은 채 전송됩니다.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for a server on this computer (localhost).</source>
        <translation>https://를 사용하십시오. 일반 http://는 이 컴퓨터의 서버(localhost)에만 허용됩니다.</translation>
    </message>
    <message>
        <source>{variable} points to {path}, which does not exist.</source>
        <translation>{variable}이(가) 존재하지 않는 {path}을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>Fix or unset {variable} and start the app again.</source>
        <translation>{variable}을(를) 수정하거나 해제한 다음 앱을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The certificates in {path} cannot be read.</source>
        <translation>{path}의 인증서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>It may still be making the image, and may still charge for it: check your usage page before trying again.</source>
        <translation>아직 이미지를 만드는 중일 수 있으며 비용이 청구될 수 있습니다. 다시 시도하기 전에 사용량 페이지를 확인하십시오.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening with a custom server address, check that it is the right server.</source>
        <translation>다시 시도하십시오. 사용자 지정 서버 주소에서 계속 발생하면 올바른 서버인지 확인하십시오.</translation>
    </message>
    <message>
        <source>the server address in Settings</source>
        <translation>설정의 서버 주소</translation>
    </message>
    <message>
        <source>{sentence} It said: “{message}”</source>
        <translation>{sentence} 응답 내용: “{message}”</translation>
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
        <translation>응답을 받는 중에 {service}와의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>{service} did not answer in time.</source>
        <translation>{service}이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Image generation can take a couple of minutes; try again, perhaps with fewer variants.</source>
        <translation>이미지 생성에는 몇 분이 걸릴 수 있습니다. 변형 수를 줄여서 다시 시도해 보십시오.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (TLS certificate problem).</source>
        <translation>{host}에 대한 보안 연결을 확인할 수 없습니다(TLS 인증서 문제).</translation>
    </message>
    <message>
        <source>If your network uses its own certificate authority, set SSL_CERT_FILE to its certificate file (PEM) and start the app again.</source>
        <translation>네트워크에서 자체 인증 기관을 사용한다면 SSL_CERT_FILE을 해당 인증서 파일(PEM)로 설정한 다음 앱을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>a body that cannot be decoded</source>
        <translation>디코딩할 수 없는 본문</translation>
    </message>
    <message>
        <source>Check your internet connection (or proxy) and try again.</source>
        <translation>인터넷 연결(또는 프록시)을 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>{host}에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>인터넷 연결(및 프록시 설정)을 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server address for {service} cannot be used.</source>
        <translation>{service}의 서버 주소를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection to {service} was interrupted.</source>
        <translation>{service}와의 연결이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>인터넷 연결을 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read ({what}).</source>
        <translation>{service}이(가) 읽을 수 없는 응답을 보냈습니다({what}).</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>It may still have made (and charged for) the images: check your usage page before trying again.</source>
        <translation>이미지를 만들었을 수 있으며 비용이 청구되었을 수 있습니다. 다시 시도하기 전에 사용량 페이지를 확인하십시오.</translation>
    </message>
    <message>
        <source>{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.</source>
        <translation>{service}의 응답이 너무 오래 걸려({seconds:.0f}초 초과) 요청을 중지했습니다.</translation>
    </message>
    <message>
        <source>{service} did not answer in time after your photo was sent.</source>
        <translation>사진을 보낸 후 {service}이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>It may still be making the images, and may still have charged for them: check your usage page before trying again.</source>
        <translation>아직 이미지를 만드는 중일 수 있으며 비용이 이미 청구되었을 수 있습니다. 다시 시도하기 전에 사용량 페이지를 확인하십시오.</translation>
    </message>
    <message>
        <source>an answer of {size:.0f} MB, more than the {limit} MB images ever take</source>
        <translation>{size:.0f} MB 크기의 응답(이미지로는 결코 필요하지 않은 {limit} MB 초과)</translation>
    </message>
    <message>
        <source>{what} without image data</source>
        <translation>이미지 데이터가 없는 {what}</translation>
    </message>
    <message>
        <source>{what} with damaged base64</source>
        <translation>base64가 손상된 {what}</translation>
    </message>
    <message>
        <source>data that is not an image</source>
        <translation>이미지가 아닌 데이터</translation>
    </message>
    <message>
        <source>Choose fewer reference photos.</source>
        <translation>참조 사진 수를 줄이십시오.</translation>
    </message>
    <message>
        <source>Your {service} account has run out of credit.</source>
        <translation>{service} 계정의 크레딧이 소진되었습니다.</translation>
    </message>
    <message>
        <source>Add credit or raise the spending limit ({address}), then try again.</source>
        <translation>크레딧을 추가하거나 지출 한도를 높인 다음({address}) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{service}&apos;s safety system refused this photo or the style&apos;s prompt.</source>
        <translation>{service}의 안전 시스템이 이 사진 또는 스타일의 프롬프트를 거부했습니다.</translation>
    </message>
    <message>
        <source>Try another photo (well lit, only you in the frame) or another style. Retrying the same photo and style will be refused again.</source>
        <translation>다른 사진(조명이 밝고 본인만 나온 사진)이나 다른 스타일로 시도하십시오. 같은 사진과 스타일로 다시 시도하면 다시 거부됩니다.</translation>
    </message>
    <message>
        <source>a line of more than {size} MB</source>
        <translation>{size} MB를 초과하는 줄</translation>
    </message>
    <message>
        <source>an event of more than {size} MB</source>
        <translation>{size} MB를 초과하는 이벤트</translation>
    </message>
    <message>
        <source>There is no image provider called {name}.</source>
        <translation>{name}(이)라는 이미지 제공자가 없습니다.</translation>
    </message>
    <message>
        <source>Known providers: {names}.</source>
        <translation>알려진 제공자: {names}.</translation>
    </message>
    <message>
        <source>The {title} provider is for developers only.</source>
        <translation>{title} 제공자는 개발자 전용입니다.</translation>
    </message>
    <message>
        <source>Set {variable}=1 to use it.</source>
        <translation>사용하려면 {variable}=1로 설정하십시오.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>a run takes at most {count} reference photos</source>
        <translation>한 번 실행에 참조 사진은 최대 {count}장입니다</translation>
    </message>
    <message>
        <source>{provider} takes no reference photos</source>
        <translation>{provider}은(는) 참조 사진을 받지 않습니다</translation>
    </message>
    <message>
        <source>{provider} takes at most {count} reference photos</source>
        <translation>{provider}은(는) 참조 사진을 최대 {count}장까지 받습니다</translation>
    </message>
    <message>
        <source>the number of variants must be 1 to {count}</source>
        <translation>변형 수는 1에서 {count} 사이여야 합니다</translation>
    </message>
    <message>
        <source>{provider} offers the detail levels {levels}, not {asked}</source>
        <translation>{provider}이(가) 제공하는 세부 수준은 {asked}이(가) 아니라 {levels}입니다</translation>
    </message>
    <message>
        <source>{provider} makes the shapes {shapes}, not {asked}</source>
        <translation>{provider}이(가) 만드는 모양은 {asked}이(가) 아니라 {shapes}입니다</translation>
    </message>
    <message>
        <source>{provider} has no option {option} (its options: {options})</source>
        <translation>{provider}에 {option} 옵션이 없습니다(옵션: {options})</translation>
    </message>
    <message>
        <source>{provider} has no option {option}</source>
        <translation>{provider}에 {option} 옵션이 없습니다</translation>
    </message>
    <message>
        <source>{provider}&apos;s option {option} takes {choices}, not {asked}</source>
        <translation>{provider}의 {option} 옵션은 {asked}이(가) 아니라 {choices}을(를) 받습니다</translation>
    </message>
    <message>
        <source>The detail level {detail} is unknown.</source>
        <translation>세부 수준 {detail}을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Generate from the selfie again.</source>
        <translation>셀카로 다시 생성하십시오.</translation>
    </message>
    <message>
        <source>Say what to change, for example “tie navy instead of red” or “less smile”.</source>
        <translation>바꿀 내용을 입력하십시오. 예: “빨간색 대신 남색 넥타이” 또는 “미소를 덜”.</translation>
    </message>
    <message>
        <source>The instruction is longer than {count} characters: keep it to one change.</source>
        <translation>지시가 {count}자를 초과합니다. 변경 사항은 하나만 적으십시오.</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library, so it cannot be refined.</source>
        <translation>헤드샷 {name}이(가) 더 이상 라이브러리에 없어 다듬을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another headshot.</source>
        <translation>다른 헤드샷을 선택하십시오.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library, so the app cannot hold the likeness to it.</source>
        <translation>{name}을(를) 만든 셀카가 더 이상 라이브러리에 없어 앱이 그 셀카와 닮은 모습을 유지할 수 없습니다.</translation>
    </message>
    <message>
        <source>The selfie {name} was made from is no longer in the library.</source>
        <translation>{name}을(를) 만든 셀카가 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Preparing your photos…</source>
        <translation>사진을 준비하는 중…</translation>
    </message>
    <message>
        <source>Preparing your photo…</source>
        <translation>사진을 준비하는 중…</translation>
    </message>
    <message>
        <source>The headshot {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>헤드샷 {name}이(가) 더 이상 라이브러리에 없습니다. 휴지통으로 이동되었거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Choose another headshot to refine.</source>
        <translation>다듬을 다른 헤드샷을 선택하십시오.</translation>
    </message>
    <message>
        <source>{provider} takes no further photos, so the refinement was held to the headshot alone, not to your selfie.</source>
        <translation>{provider}은(는) 추가 사진을 받지 않으므로 셀카가 아니라 헤드샷만을 기준으로 다듬었습니다.</translation>
    </message>
    <message>
        <source>This run cannot be made: {problems}.</source>
        <translation>이 실행을 할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>{saved} of {total} headshots were saved in the library.</source>
        <translation>헤드샷 {total}개 중 {saved}개를 라이브러리에 저장했습니다.</translation>
    </message>
    <message>
        <source>One variant failed: {error}</source>
        <translation>변형 하나가 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>This run&apos;s spending could not be recorded: {error}</source>
        <translation>이 실행의 지출을 기록할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Image {number} arrived damaged, so it could not be saved.</source>
        <translation>이미지 {number}이(가) 손상된 채 도착하여 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>{sentence} {hint}</source>
        <translation>{sentence} {hint}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error}</source>
        <translation>이미지 {number}을(를) 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved: {error} Keeping it in the recovery folder failed too: {recovery_error}</source>
        <translation>이미지 {number}을(를) 저장할 수 없습니다: {error} 복구 폴더에 보관하는 것도 실패했습니다: {recovery_error}</translation>
    </message>
    <message>
        <source>Image {number} could not be saved in the library ({error}) It was kept in {folder}; once the library can take it again, use `headshot-desktop library recover` or Headshots ▸ Recover Kept Headshots in the window.</source>
        <translation>이미지 {number}을(를) 라이브러리에 저장할 수 없습니다({error}). {folder}에 보관했습니다. 라이브러리를 다시 사용할 수 있게 되면 `headshot-desktop library recover` 또는 창의 헤드샷 ▸ 보관한 헤드샷 복구를 사용하십시오.</translation>
    </message>
    <message>
        <source>The photo {name} is no longer in the library: it was moved to the trash or deleted.</source>
        <translation>사진 {name}이(가) 더 이상 라이브러리에 없습니다. 휴지통으로 이동되었거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Open it again (or choose another photo), then generate.</source>
        <translation>다시 열거나(또는 다른 사진을 선택한 다음) 생성하십시오.</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Corporate grey</source>
        <translation>기업용 그레이</translation>
    </message>
    <message>
        <source>The classic company-website portrait: dark suit, seamless grey backdrop, soft studio light.</source>
        <translation>회사 웹사이트의 전형적인 인물 사진: 어두운 정장, 이음새 없는 회색 배경, 부드러운 스튜디오 조명.</translation>
    </message>
    <message>
        <source>Navy suit</source>
        <translation>네이비 정장</translation>
    </message>
    <message>
        <source>A crisp navy suit and light shirt against a pale backdrop: confident and formal.</source>
        <translation>밝은 배경 앞의 깔끔한 네이비 정장과 밝은 셔츠: 자신감 있고 격식 있는 분위기.</translation>
    </message>
    <message>
        <source>Business casual</source>
        <translation>비즈니스 캐주얼</translation>
    </message>
    <message>
        <source>A blazer without a tie, warm neutral backdrop: professional but relaxed.</source>
        <translation>넥타이 없는 블레이저, 따뜻한 중간색 배경: 전문적이면서도 편안한 분위기.</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>스타트업</translation>
    </message>
    <message>
        <source>Smart-casual in a bright, modern office, softly out of focus behind you.</source>
        <translation>밝고 현대적인 사무실을 배경으로 부드럽게 흐려진 세미 캐주얼 차림.</translation>
    </message>
    <message>
        <source>Creative studio</source>
        <translation>크리에이티브 스튜디오</translation>
    </message>
    <message>
        <source>A black top against a deep coloured backdrop, with sculpted studio light.</source>
        <translation>짙은 색 배경 앞의 검은색 상의와 입체적인 스튜디오 조명.</translation>
    </message>
    <message>
        <source>Outdoor, natural light</source>
        <translation>야외, 자연광</translation>
    </message>
    <message>
        <source>Open shade outdoors with soft green bokeh: friendly and approachable.</source>
        <translation>부드러운 초록빛 보케가 있는 야외 그늘: 친근하고 다가가기 쉬운 분위기.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>학계</translation>
    </message>
    <message>
        <source>A blazer in front of softly blurred bookshelves, for faculty pages and conference bios.</source>
        <translation>부드럽게 흐려진 책장 앞의 블레이저 차림. 교수진 페이지와 학회 약력용.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>의료</translation>
    </message>
    <message>
        <source>A white coat in a bright, clean clinic: for practices, hospitals and health profiles.</source>
        <translation>밝고 깨끗한 진료실의 흰 가운 차림. 병원, 의원, 보건 프로필용.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>법률</translation>
    </message>
    <message>
        <source>A dark suit in a wood-panelled office: serious and trustworthy.</source>
        <translation>나무 패널로 꾸민 사무실의 어두운 정장: 진지하고 신뢰감 있는 분위기.</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>부동산</translation>
    </message>
    <message>
        <source>Bright, warm and welcoming, with a light modern interior behind you.</source>
        <translation>밝은 현대식 실내를 배경으로 한 밝고 따뜻하며 환영하는 분위기.</translation>
    </message>
    <message>
        <source>Actor&apos;s headshot</source>
        <translation>배우 프로필 사진</translation>
    </message>
    <message>
        <source>The casting-style headshot: true to life, plain top, neutral backdrop, minimal styling.</source>
        <translation>캐스팅용 헤드샷: 실물 그대로, 단색 상의, 중간색 배경, 최소한의 스타일링.</translation>
    </message>
    <message>
        <source>Classic black and white</source>
        <translation>클래식 흑백</translation>
    </message>
    <message>
        <source>A timeless monochrome portrait on a dark backdrop.</source>
        <translation>어두운 배경의 시대를 타지 않는 흑백 인물 사진.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>임원</translation>
    </message>
    <message>
        <source>A dark suit in a glass-walled office high above the city.</source>
        <translation>도시 위 높은 곳, 유리 벽 사무실의 어두운 정장.</translation>
    </message>
    <message>
        <source>Conference speaker</source>
        <translation>컨퍼런스 연사</translation>
    </message>
    <message>
        <source>Smart attire with warm stage lights blurred behind you: for speaker bios.</source>
        <translation>따뜻한 무대 조명이 뒤로 흐려진 단정한 차림. 연사 약력용.</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>다듬음</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>이름이 {limit}자보다 깁니다</translation>
    </message>
    <message>
        <source>This style cannot be saved: {problems}.</source>
        <translation>이 스타일을 저장할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>no &quot;styles&quot; list</source>
        <translation>&quot;styles&quot; 목록이 없음</translation>
    </message>
    <message>
        <source>an entry is not a style</source>
        <translation>항목이 스타일이 아님</translation>
    </message>
    <message>
        <source>its &quot;styles&quot; is not a list</source>
        <translation>&quot;styles&quot;가 목록이 아님</translation>
    </message>
    <message>
        <source>There is no style called {style}.</source>
        <translation>{style}(이)라는 스타일이 없습니다.</translation>
    </message>
    <message>
        <source>List the styles to see their names.</source>
        <translation>스타일 이름을 보려면 스타일 목록을 표시하십시오.</translation>
    </message>
    <message>
        <source>The built-in style {style} cannot be changed.</source>
        <translation>기본 제공 스타일 {style}은(는) 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Add a style of your own instead.</source>
        <translation>대신 직접 스타일을 추가하십시오.</translation>
    </message>
    <message>
        <source>There is no style of yours called {style}.</source>
        <translation>{style}(이)라는 사용자 스타일이 없습니다.</translation>
    </message>
    <message>
        <source>Your styles cannot be saved to {path}.</source>
        <translation>사용자 스타일을 {path}에 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>system</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>올바른 JSON이 아닙니다({line}행, {column}열)</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was ignored; the defaults are used.</source>
        <translation>{path}이(가) 손상되어({reason}) 무시했으며, 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.</source>
        <translation>{path}이(가) 손상되어({reason}) {name}(으)로 따로 보관했으며, 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); the defaults are used.</source>
        <translation>{path}을(를) 읽을 수 없어({error}) 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>{size} MB보다 큽니다</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>JSON 객체가 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>{program} is not installed</source>
        <translation>{program}이(가) 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{program} could not start ({error})</source>
        <translation>{program}을(를) 시작할 수 없습니다({error})</translation>
    </message>
    <message>
        <source>{program} found no program to show it (it ended with code {code})</source>
        <translation>{program}이(가) 표시할 프로그램을 찾지 못했습니다(종료 코드 {code})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be shown: {problem}.</source>
        <translation>{folder} 폴더를 표시할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Open that folder in your file manager yourself. On Linux, showing it needs a file manager and xdg-open (the xdg-utils package).</source>
        <translation>파일 관리자에서 해당 폴더를 직접 여십시오. Linux에서 폴더를 표시하려면 파일 관리자와 xdg-open(xdg-utils 패키지)이 필요합니다.</translation>
    </message>
    <message>
        <source>from the environment variable {variable}</source>
        <translation>환경 변수 {variable}에서</translation>
    </message>
    <message>
        <source>from the environment variable</source>
        <translation>환경 변수에서</translation>
    </message>
    <message>
        <source>for this session only (forgotten when the app closes)</source>
        <translation>이 세션 동안만(앱을 닫으면 지워짐)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>시스템 키링에</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>줄 바꿈</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>제어 문자</translation>
    </message>
    <message>
        <source>a character that is not plain ASCII</source>
        <translation>일반 ASCII가 아닌 문자</translation>
    </message>
    <message>
        <source>The API key contains {what} inside it, which no server accepts: a character that cannot be sent.</source>
        <translation>API 키 안에 {what}이(가) 들어 있어 어떤 서버도 받아들이지 않습니다. 전송할 수 없는 문자입니다.</translation>
    </message>
    <message>
        <source>Copy the key again from your provider&apos;s page, as one line, and paste it.</source>
        <translation>제공자 페이지에서 키를 한 줄로 다시 복사하여 붙여넣으십시오.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>시스템 키링이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>Unlock it (log in to your desktop session again) or keep the key for this session only.</source>
        <translation>잠금을 해제하거나(데스크톱 세션에 다시 로그인) 키를 이 세션 동안만 유지하십시오.</translation>
    </message>
    <message>
        <source>No system keyring is available to store the API key.</source>
        <translation>API 키를 저장할 시스템 키링이 없습니다.</translation>
    </message>
    <message>
        <source>Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), or keep the key for this session only.</source>
        <translation>키링 서비스(GNOME Keyring, KWallet, KeePassXC)를 설치하거나 시작하거나, 키를 이 세션 동안만 유지하십시오.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Check that the file is yours to read.</source>
        <translation>파일을 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Each line is: name,photo[,reference…]; paths may be relative to the CSV file&apos;s folder.</source>
        <translation>각 줄의 형식: name,photo[,reference…]. 경로는 CSV 파일 폴더를 기준으로 한 상대 경로일 수 있습니다.</translation>
    </message>
    <message>
        <source>The list of people {name} is a folder, not a CSV file.</source>
        <translation>인원 목록 {name}은(는) CSV 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The list of people {path} does not exist.</source>
        <translation>인원 목록 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read: {error}.</source>
        <translation>인원 목록 {name}을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be used: it is too large (more than 4 MB).</source>
        <translation>인원 목록 {name}을(를) 사용할 수 없습니다. 너무 큽니다(4 MB 초과).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}.</source>
        <translation>{folder} 폴더를 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours to read.</source>
        <translation>폴더를 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no photos.</source>
        <translation>{folder} 폴더에 사진이 없습니다.</translation>
    </message>
    <message>
        <source>Put the team&apos;s photos (JPEG, PNG, HEIC, WebP…) directly in it.</source>
        <translation>팀 사진(JPEG, PNG, HEIC, WebP…)을 폴더에 바로 넣으십시오.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>사진 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>파일 이름과 폴더를 확인하십시오.</translation>
    </message>
    <message>
        <source>The list of people {name} names nobody.</source>
        <translation>인원 목록 {name}에 아무도 없습니다.</translation>
    </message>
    <message>
        <source>The list of people {name} is not UTF-8 text.</source>
        <translation>인원 목록 {name}이(가) UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” and try again.</source>
        <translation>“CSV UTF-8”로 저장한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The list of people {name} cannot be read as CSV: {error}.</source>
        <translation>인원 목록 {name}을(를) CSV로 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, {line}행</translation>
    </message>
    <message>
        <source>{where}: the name is missing.</source>
        <translation>{where}: 이름이 없습니다.</translation>
    </message>
    <message>
        <source>{where}: {name} has no photo.</source>
        <translation>{where}: {name}에게 사진이 없습니다.</translation>
    </message>
    <message>
        <source>{where}: {name} has {count} reference photos; a run takes at most {most}.</source>
        <translation>{where}: {name}의 참조 사진이 {count}장입니다. 한 번 실행에 최대 {most}장까지 가능합니다.</translation>
    </message>
    <message>
        <source>Keep the clearest ones.</source>
        <translation>가장 선명한 사진만 남기십시오.</translation>
    </message>
    <message>
        <source>{where}: {cell} is a folder, not a photo.</source>
        <translation>{where}: {cell}은(는) 사진이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{where}: the photo {cell} does not exist (looked for {path}).</source>
        <translation>{where}: 사진 {cell}이(가) 없습니다({path}에서 찾음).</translation>
    </message>
    <message>
        <source>Let it finish there, or stop it there, then go on with it here.</source>
        <translation>그쪽에서 끝나게 두거나 그쪽에서 중지한 다음, 여기에서 계속하십시오.</translation>
    </message>
    <message>
        <source>This batch is being made in another window or command: {batch} (its lock {path} is held). Nothing was changed.</source>
        <translation>이 배치는 다른 창이나 명령에서 만드는 중입니다: {batch}(잠금 {path} 사용 중). 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The team batch {path} could not be locked (with {lock} beside it): {error}.</source>
        <translation>팀 배치 {path}을(를) 잠글 수 없습니다(옆의 {lock} 사용): {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and can be written.</source>
        <translation>라이브러리 폴더가 있고 쓸 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent.</source>
        <translation>배치가 지출 한도 {cap}을(를) 넘기 전에 중지되었습니다: {spent} 지출.</translation>
    </message>
    <message>
        <source>The batch stopped before going over its spending cap of {cap}: {spent} spent (the next person costs about {estimate}).</source>
        <translation>배치가 지출 한도 {cap}을(를) 넘기 전에 중지되었습니다: {spent} 지출(다음 사람의 비용은 약 {estimate}).</translation>
    </message>
    <message>
        <source>The photo {photo} is no longer there: it was moved or deleted after it was added. Put it back, then try the failed people again.</source>
        <translation>사진 {photo}이(가) 더 이상 없습니다. 추가한 후에 이동되었거나 삭제되었습니다. 다시 넣은 다음 실패한 인원을 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Something went wrong while making these headshots ({error}). The log has the details.</source>
        <translation>이 헤드샷을 만드는 중에 문제가 발생했습니다({error}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>The batch stopped: {reason}</source>
        <translation>배치가 중지되었습니다: {reason}</translation>
    </message>
    <message>
        <source>The batch was cancelled; {left} still to do when it goes on.</source>
        <translation>배치가 취소되었습니다. 계속하면 {left}이(가) 남아 있습니다.</translation>
    </message>
    <message>
        <source>{cap_hit} {left} still to do; raise the cap to go on.</source>
        <translation>{cap_hit} {left}이(가) 남아 있습니다. 계속하려면 한도를 높이십시오.</translation>
    </message>
    <message>
        <source>The kit&apos;s export size {preset} is not known here.</source>
        <translation>키트의 내보내기 크기 {preset}을(를) 여기서 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another export size in the kit, or add it under Export sizes.</source>
        <translation>키트에서 다른 내보내기 크기를 선택하거나, 내보내기 크기에 추가하십시오.</translation>
    </message>
    <message>
        <source>The kit&apos;s file format {format} is not known.</source>
        <translation>키트의 파일 형식 {format}을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG or WebP.</source>
        <translation>PNG, JPEG 또는 WebP를 선택하십시오.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{failed} of {total} headshots could not be exported: {problems}</source>
        <translation>헤드샷 {total}개 중 {failed}개를 내보낼 수 없습니다: {problems}</translation>
    </message>
    <message>
        <source>The other {count} are in {folder}.</source>
        <translation>나머지 {count}개는 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>Open a kit made with “Save team kit” or `headshot-desktop kit new`.</source>
        <translation>“팀 키트 저장” 또는 `headshot-desktop kit new`로 만든 키트를 여십시오.</translation>
    </message>
    <message>
        <source>the team kit</source>
        <translation>팀 키트</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be opened: it is a folder, not a file.</source>
        <translation>팀 키트 {name}을(를) 열 수 없습니다. 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The team kit {path} does not exist.</source>
        <translation>팀 키트 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be read: {error}.</source>
        <translation>팀 키트 {name}을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is far too large to be a team kit.</source>
        <translation>팀 키트 {name}을(를) 사용할 수 없습니다. 팀 키트라고 하기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be made</source>
        <translation>팀 키트 {source}을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>There is no style called {style} here; the kit needs it or a prompt.</source>
        <translation>여기에 {style}(이)라는 스타일이 없습니다. 키트에는 이 스타일이나 프롬프트가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no export size called {preset} here (there are {presets}).</source>
        <translation>여기에 {preset}(이)라는 내보내기 크기가 없습니다(사용 가능: {presets}).</translation>
    </message>
    <message>
        <source>There is no image provider called {provider} (known providers: {known}).</source>
        <translation>{provider}(이)라는 이미지 제공자가 없습니다(알려진 제공자: {known}).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be used: it is not JSON text (it may be damaged).</source>
        <translation>팀 키트 {name}을(를) 사용할 수 없습니다. JSON 텍스트가 아닙니다(손상되었을 수 있음).</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: a file is in the way.</source>
        <translation>팀 키트 {name}을(를) {folder}에 저장할 수 없습니다. 파일이 가로막고 있습니다.</translation>
    </message>
    <message>
        <source>The team kit {name} already exists in {folder}; it was kept as it is.</source>
        <translation>팀 키트 {name}이(가) 이미 {folder}에 있어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Choose another name, or replace it.</source>
        <translation>다른 이름을 선택하거나 바꾸십시오.</translation>
    </message>
    <message>
        <source>The team kit {name} cannot be saved in {folder}: {error}.</source>
        <translation>팀 키트 {name}을(를) {folder}에 저장할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>쓸 수 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The team kit {source} cannot be used</source>
        <translation>팀 키트 {source}을(를) 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>{lead}: {reason}.</source>
        <translation>{lead}: {reason}.</translation>
    </message>
    <message>
        <source>Fix the field, or make the kit again.</source>
        <translation>필드를 수정하거나 키트를 다시 만드십시오.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a group of fields ({{…}}), not {kind}</source>
        <translation>&quot;{key}&quot;은(는) {kind}이(가) 아니라 필드 그룹({{…}})이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text, not {kind}</source>
        <translation>&quot;{key}&quot;은(는) {kind}이(가) 아니라 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; may be at most {limit} characters, not {length}</source>
        <translation>&quot;{key}&quot;은(는) {length}자가 아니라 최대 {limit}자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {choices}, not {value}</source>
        <translation>&quot;{key}&quot;은(는) {value}이(가) 아니라 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}, not {kind}</source>
        <translation>&quot;{key}&quot;은(는) {kind}이(가) 아니라 {low}에서 {high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {low} to {high}, not {value}</source>
        <translation>&quot;{key}&quot;은(는) {value}이(가) 아니라 {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, not {kind}</source>
        <translation>&quot;{key}&quot;은(는) {kind}이(가) 아니라 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아님</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>텍스트 {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>필드 그룹</translation>
    </message>
    <message>
        <source>{lead}: it is not a Headshot Desktop team kit.</source>
        <translation>{lead}: Headshot Desktop 팀 키트가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1, not {kind}</source>
        <translation>&quot;version&quot;은 {kind}이(가) 아니라 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>The team kit {source} was made by a newer version of Headshot Desktop (kit version {version}; this version reads {supported}).</source>
        <translation>팀 키트 {source}은(는) 더 새로운 버전의 Headshot Desktop에서 만들어졌습니다(키트 버전 {version}, 이 버전은 {supported}을(를) 읽음).</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>열려면 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot;이 비어 있습니다</translation>
    </message>
    <message>
        <source>Give the kit a name, e.g. the team&apos;s.</source>
        <translation>키트 이름을 정하십시오(예: 팀 이름).</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is empty</source>
        <translation>&quot;provider&quot;가 비어 있습니다</translation>
    </message>
    <message>
        <source>Name an image provider: `headshot-desktop providers` lists their ids.</source>
        <translation>이미지 제공자를 지정하십시오. `headshot-desktop providers`로 id 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>it has neither a &quot;style&quot; nor a &quot;prompt&quot;</source>
        <translation>&quot;style&quot;도 &quot;prompt&quot;도 없습니다</translation>
    </message>
    <message>
        <source>Give it a style id or a prompt of its own.</source>
        <translation>스타일 id나 자체 프롬프트를 지정하십시오.</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;keep&quot;은 {kind}이(가) 아니라 특징 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;keep&quot; names {names}, which is not a feature to keep</source>
        <translation>&quot;keep&quot;에 지정된 {names}은(는) 유지할 특징이 아닙니다</translation>
    </message>
    <message>
        <source>Use {features}.</source>
        <translation>{features}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be a group of option names and text values, not {kind}</source>
        <translation>&quot;options&quot;는 {kind}이(가) 아니라 옵션 이름과 텍스트 값의 그룹이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;preset&quot; is empty</source>
        <translation>&quot;preset&quot;이 비어 있습니다</translation>
    </message>
    <message>
        <source>Name an export size, e.g. linkedin.</source>
        <translation>내보내기 크기를 지정하십시오(예: linkedin).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;&quot;, {formats}, not {value}</source>
        <translation>&quot;format&quot;은 {value}이(가) 아니라 &quot;&quot;, {formats}이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;framing&quot; must be null or four numbers [x, y, w, h], not {kind}</source>
        <translation>&quot;framing&quot;은 {kind}이(가) 아니라 null 또는 네 개의 숫자 [x, y, w, h]여야 합니다</translation>
    </message>
    <message>
        <source>&quot;framing&quot; is not a framing ({problem})</source>
        <translation>&quot;framing&quot;이 올바른 구도가 아닙니다({problem})</translation>
    </message>
    <message>
        <source>Use {fields}.</source>
        <translation>{fields}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>&quot;template&quot; is empty</source>
        <translation>&quot;template&quot;이 비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;template&quot; {template} is not valid ({error})</source>
        <translation>&quot;template&quot; {template}이(가) 올바르지 않습니다({error})</translation>
    </message>
    <message>
        <source>&quot;template&quot; uses {field}, which is not a known field</source>
        <translation>&quot;template&quot;에 알 수 없는 필드 {field}이(가) 사용되었습니다</translation>
    </message>
    <message>
        <source>Start the batch again from its kit; the headshots it made are still in the library.</source>
        <translation>키트에서 배치를 다시 시작하십시오. 배치가 만든 헤드샷은 아직 라이브러리에 있습니다.</translation>
    </message>
    <message>
        <source>The team batch {name} is a folder, not a file.</source>
        <translation>팀 배치 {name}은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The team batch {path} does not exist.</source>
        <translation>팀 배치 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be read: {error}.</source>
        <translation>팀 배치 {name}을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The team batch {name} cannot be used: it is too large to be a batch.</source>
        <translation>팀 배치 {name}을(를) 사용할 수 없습니다. 배치라고 하기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>List the batches with `headshot-desktop batch --list`.</source>
        <translation>`headshot-desktop batch --list`로 배치 목록을 확인하십시오.</translation>
    </message>
    <message>
        <source>the kit of the batch {batch}</source>
        <translation>배치 {batch}의 키트</translation>
    </message>
    <message>
        <source>{source} is not a Headshot Desktop team batch.</source>
        <translation>{source}은(는) Headshot Desktop 팀 배치가 아닙니다.</translation>
    </message>
    <message>
        <source>{source} has no valid version number, so it cannot be read.</source>
        <translation>{source}에 올바른 버전 번호가 없어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{source} was written by a newer Headshot Desktop (batch format {version}; this one reads up to {supported}).</source>
        <translation>{source}은(는) 더 새로운 Headshot Desktop에서 작성되었습니다(배치 형식 {version}, 이 버전은 {supported}까지 읽음).</translation>
    </message>
    <message>
        <source>Update Headshot Desktop to go on with this batch.</source>
        <translation>이 배치를 계속하려면 Headshot Desktop을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>it lists no people</source>
        <translation>인원이 없습니다</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>{number}번째 사람</translation>
    </message>
    <message>
        <source>two people have the same key</source>
        <translation>두 사람의 키가 같습니다</translation>
    </message>
    <message>
        <source>its {field} is missing</source>
        <translation>{field}이(가) 없습니다</translation>
    </message>
    <message>
        <source>its batch_id is empty</source>
        <translation>batch_id가 비어 있습니다</translation>
    </message>
    <message>
        <source>its kit is missing</source>
        <translation>키트가 없습니다</translation>
    </message>
    <message>
        <source>its {field} is not a number</source>
        <translation>{field}이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{source} is damaged: {problem}.</source>
        <translation>{source}이(가) 손상되었습니다: {problem}.</translation>
    </message>
    <message>
        <source>Stop the batch first to remove people: it is being made.</source>
        <translation>인원을 제거하려면 먼저 배치를 중지하십시오. 지금 만드는 중입니다.</translation>
    </message>
    <message>
        <source>Press Stop, then remove them.</source>
        <translation>중지를 누른 다음 제거하십시오.</translation>
    </message>
    <message>
        <source>The team batch could not be saved in {path}: {error}.</source>
        <translation>팀 배치를 {path}에 저장할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Check that the library folder is there and has free space.</source>
        <translation>라이브러리 폴더가 있고 여유 공간이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The team batches&apos; place {place} is a link to somewhere outside the library, so the batch was not saved there.</source>
        <translation>팀 배치 위치 {place}이(가) 라이브러리 밖을 가리키는 링크여서 배치를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Replace the link with a real folder named {folder} in the library.</source>
        <translation>링크를 라이브러리 안의 {folder}(이)라는 실제 폴더로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The team batch {path}</source>
        <translation>팀 배치 {path}</translation>
    </message>
    <message>
        <source>{source} is damaged: it is not valid JSON.</source>
        <translation>{source}이(가) 손상되었습니다. 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{made} of {variants} headshots made; the provider&apos;s rate limit held back the rest, which are made on this person&apos;s next turn.</source>
        <translation>헤드샷 {variants}개 중 {made}개를 만들었습니다. 제공자의 요청 한도로 나머지는 보류되었으며, 이 사람의 다음 차례에 만듭니다.</translation>
    </message>
    <message>
        <source>No headshot could be kept.</source>
        <translation>보관할 수 있는 헤드샷이 없습니다.</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where}에 {field}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{where} has the unknown status {status}</source>
        <translation>{where}의 상태 {status}을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>{where} has references that are not a list of paths</source>
        <translation>{where}의 참조가 경로 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{where} has headshot ids that are not a list of numbers</source>
        <translation>{where}의 헤드샷 id가 숫자 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{where} has missing variants that are not a list of small numbers</source>
        <translation>{where}의 누락된 변형이 작은 숫자 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{where} has a start time that is not text</source>
        <translation>{where}의 시작 시간이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>{where} has a {field} that is not a number</source>
        <translation>{where}의 {field}이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{where} has a cost that is not a number</source>
        <translation>{where}의 비용이 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>The batch was not started: it has a spending cap of {cap}, but the provider&apos;s prices for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, or choose a model whose prices are known.</source>
        <translation>배치를 시작하지 않았습니다. 지출 한도가 {cap}(으)로 설정되어 있지만 이 키트에 대한 제공자 가격을 알 수 없어 한도를 지킬 수 없습니다. 그래도 배치를 만들려면 한도를 제거하거나, 가격을 알 수 있는 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count}명 완료</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count}명 거부됨</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count}명 실패</translation>
    </message>
    <message>
        <source>The batch is finished: {counts}; {spent} spent.</source>
        <translation>배치가 끝났습니다: {counts}. {spent} 지출.</translation>
    </message>
</context>
</TS>
