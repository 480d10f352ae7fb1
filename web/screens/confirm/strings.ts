import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "Confirm your e-mail address",
    intro: "Type the code from the confirmation e-mail.",
    email: "E-mail",
    code: "Confirmation code",
    submit: "Confirm",
    confirming: "Confirming your account…",
    confirmed: "Your account is confirmed.",
    signIn: "Sign in now",
    resend: "Send a new code",
    resent: "If this address awaits confirmation, a new code is on its way.",
    badCode: "This code is not valid (it may have expired). Check it, or send a new one.",
  },
  "zh-CN": {
    title: "确认您的电子邮件地址",
    intro: "请输入确认邮件中的验证码。",
    email: "电子邮件",
    code: "验证码",
    submit: "确认",
    confirming: "正在确认您的账户…",
    confirmed: "您的账户已确认。",
    signIn: "立即登录",
    resend: "重新发送验证码",
    resent: "如果该地址正在等待确认，新的验证码已发出。",
    badCode: "验证码无效（可能已过期）。请检查，或重新发送。",
  },
});
