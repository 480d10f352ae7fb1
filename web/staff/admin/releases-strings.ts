import { defineStrings } from "../../i18n";

export const releaseStrings = defineStrings({
  en: {
    title: "Releases",
    intro:
      "Publish a build of a product: its facts and release notes are recorded, then its file is uploaded from this browser. Customers who own the product can download it at once; a newer version moves the supported window.",
    productId: "Product id",
    productIdHint: "As in the license catalog, e.g. acme-backup-server.",
    version: "Version",
    versionHint: "major.minor, e.g. 12.1",
    build: "Build number",
    releasedOn: "Release date",
    notes: "Release notes",
    whatsNew: "What's new",
    knownIssues: "Known issues",
    installationNotes: "Installation notes",
    notesHint: "Owners who opted in get these in the release notice; the product pages show them.",
    file: "Build file",
    noFile: "Choose the build's file.",
    publish: "Publish the build",
    publishing: "Publishing…",
    uploadLabel: (name: string) => `Upload of ${name}`,
    uploaded: (percent: number) => `${percent}% uploaded`,
    published: (build: number, version: string, product: string) =>
      `Build ${build} of ${product} ${version} is published and its file uploaded.`,
    transfer: "The build is recorded, but the upload was interrupted.",
    retry: "Upload the file again",
    another: "Publish another build",
    fileKey: "Stored as",
    noticesTitle: "Release notices",
    noticeStatus: (status: string) =>
      ({
        "not-started": "Waiting for the file",
        running: "Sending",
        finished: "Finished",
        failed: "Stopped early (a new run sends the rest)",
      })[status] ?? status,
    noticeCounts: (sent: number, skipped: number, failed: number) =>
      `${sent} sent, ${skipped} skipped (unsubscribed), ${failed} failed`,
    noticeUnknown: "The notices' state could not be read; it is retried.",
  },
  "zh-CN": {
    title: "发布版本",
    intro:
      "发布产品的一个版本：记录其信息和发行说明，然后从此浏览器上传其文件。拥有该产品的客户可立即下载；更新的版本会移动受支持的版本范围。",
    productId: "产品 ID",
    productIdHint: "与许可证目录中的一致，例如 acme-backup-server。",
    version: "版本",
    versionHint: "主版本.次版本，例如 12.1",
    build: "内部版本号",
    releasedOn: "发布日期",
    notes: "发行说明",
    whatsNew: "新功能",
    knownIssues: "已知问题",
    installationNotes: "安装说明",
    notesHint: "已订阅的产品所有者会在新版本通知中收到这些内容；产品页面也会显示。",
    file: "版本文件",
    noFile: "请选择该版本的文件。",
    publish: "发布此版本",
    publishing: "正在发布…",
    uploadLabel: (name: string) => `${name} 的上传进度`,
    uploaded: (percent: number) => `已上传 ${percent}%`,
    published: (build: number, version: string, product: string) =>
      `${product} ${version} 的内部版本 ${build} 已发布，文件已上传。`,
    transfer: "版本已记录，但上传中断。",
    retry: "重新上传文件",
    another: "发布另一个版本",
    fileKey: "存储位置",
    noticesTitle: "新版本通知",
    noticeStatus: (status: string) =>
      ({
        "not-started": "等待文件上传",
        running: "正在发送",
        finished: "已完成",
        failed: "提前停止（再次运行会发送其余通知）",
      })[status] ?? status,
    noticeCounts: (sent: number, skipped: number, failed: number) =>
      `已发送 ${sent} 封，跳过 ${skipped} 封（已退订），失败 ${failed} 封`,
    noticeUnknown: "无法读取通知状态，正在重试。",
  },
});
