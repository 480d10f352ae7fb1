import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "Reset your password",
    intro: "Enter your e-mail address and we will send you a code.",
    email: "E-mail",
    send: "Send code",
    sent: "If this address has an account, a code is on its way. Enter it with your new password.",
    code: "Code from the e-mail",
    password: "New password",
    passwordConfirmation: "Confirm new password",
    submit: "Change password",
    done: "Your password is changed.",
    signIn: "Sign in",
  },
  "zh-CN": {
    title: "重置密码",
    intro: "请输入您的电子邮件地址，我们将向您发送验证码。",
    email: "电子邮件",
    send: "发送验证码",
    sent: "如果该地址有账户，验证码已发出。请输入验证码和新密码。",
    code: "邮件中的验证码",
    password: "新密码",
    passwordConfirmation: "确认新密码",
    submit: "修改密码",
    done: "您的密码已修改。",
    signIn: "登录",
  },
});
