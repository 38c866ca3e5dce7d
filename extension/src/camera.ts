/**
 * camera.html: an extension tab where the officer grants camera permission once for the extension, since
 * a side panel cannot show the browser's permission prompt. The stream is stopped at once.
 */
export {};

const status = document.getElementById('status') as HTMLElement;
const button = document.getElementById('grant') as HTMLButtonElement;
button.addEventListener('click', async () => {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    for (const track of stream.getTracks()) track.stop();
    status.textContent = 'Đã cho phép dùng camera. Bạn có thể đóng trang này và quay lại bảng hồ sơ.';
  } catch {
    status.textContent =
      'Chưa được phép dùng camera. Hãy bấm lại và chọn “Cho phép”, hoặc kiểm tra camera có cắm vào máy không.';
  }
  status.focus();
});
