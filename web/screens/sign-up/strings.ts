import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "Create your account",
    intro: "All fields are required.",
    firstName: "First name",
    lastName: "Last name",
    email: "E-mail",
    country: "Country or region",
    chooseCountry: "Choose…",
    password: "Password",
    passwordConfirmation: "Confirm password",
    mismatch: "The passwords do not match.",
    consent: "I accept the privacy statement",
    privacy:
      "Information collected from your systems is used only for troubleshooting and never passed to third parties.",
    submit: "Create account",
    haveAccount: "Already have an account?",
    signIn: "Sign in",
  },
  "zh-CN": {
    title: "创建账户",
    intro: "所有字段均为必填。",
    firstName: "名",
    lastName: "姓",
    email: "电子邮件",
    country: "国家或地区",
    chooseCountry: "请选择…",
    password: "密码",
    passwordConfirmation: "确认密码",
    mismatch: "两次输入的密码不一致。",
    consent: "我接受隐私声明",
    privacy: "从您的系统收集的信息仅用于故障排除，绝不会提供给第三方。",
    submit: "创建账户",
    haveAccount: "已有账户？",
    signIn: "登录",
  },
});

export const checkEmail = defineStrings({
  en: {
    title: "You are registered: check your e-mail",
    sent: (email: string) => `We sent a confirmation e-mail to ${email}.`,
    next: "Open the link in it to confirm your account in one click, or type the code it contains.",
    enterCode: "Enter the code",
  },
  "zh-CN": {
    title: "注册成功：请查收电子邮件",
    sent: (email: string) => `我们已向 ${email} 发送了一封确认邮件。`,
    next: "点击邮件中的链接即可一键确认账户，或输入邮件中的验证码。",
    enterCode: "输入验证码",
  },
});
