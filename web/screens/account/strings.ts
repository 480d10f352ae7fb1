import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "My account",
    menu: "Account menu",
    welcome: (name: string) => `Welcome, ${name}.`,
    profile: "Profile",
    name: "Name",
    email: "E-mail",
    country: "Country or region",
    language: "Language of our e-mails",
    memberSince: "Member since",
    signOut: "Sign out",
    questions: "Questions?",
    getAnswers: "Online solution wizard: get answers",
    loading: "Loading your account…",
  },
  "zh-CN": {
    title: "我的账户",
    menu: "账户菜单",
    welcome: (name: string) => `${name}，欢迎您。`,
    profile: "个人资料",
    name: "姓名",
    email: "电子邮件",
    country: "国家或地区",
    language: "邮件语言",
    memberSince: "注册时间",
    signOut: "退出登录",
    questions: "有疑问？",
    getAnswers: "在线解决方案向导：获取解答",
    loading: "正在加载您的账户…",
  },
});
