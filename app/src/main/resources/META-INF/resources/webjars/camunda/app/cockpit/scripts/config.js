/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // ---------------------------------------------------------------------------------------------
  // One-card back office: staff screens in Chinese by default (docs/webapps.md).
  //
  // How Camunda 7.24 picks the language (ui/common/scripts/services/locales.js in the webjar's
  // bundle): it takes the browser's FIRST preferred language (navigator.languages[0], the same
  // setting the browser sends as Accept-Language; the server never looks at the header), cuts it
  // at the first '-' and lower-cases it ('zh-CN' -> 'zh', 'en-US' -> 'en') and looks that up in
  // availableLocales. Found: that locale. Not found, or no preference: fallbackLocale. The locale
  // key is then used verbatim as the file name, locales/<key>.json.
  //   - 'en', 'en-US', 'en-GB' ...              -> 'en'    (Camunda's own locales/en.json)
  //   - 'zh-CN', 'zh', 'zh-TW', 'de', none ...  -> 'zh-CN' (our locales/zh-CN.json)
  // 'zh-CN' is reached as the fallback on purpose: a browser value is never matched against it
  // (that would take an entry 'zh' and a file zh.json), and every language we have no file for
  // must land on Chinese anyway. Every entry of availableLocales needs its file, else Camunda
  // shows an error notification.
  // fallbackLocale is also angular-translate's fallback language: a key missing from en.json
  // would show in Chinese, but a key missing from zh-CN.json shows as the bare key (the fallback
  // is zh-CN itself), so zh-CN.json must carry every key of en.json (WebappsLocalesTest checks).
  //
  // Dates: Camunda formats dates with moment in the BROWSER's time zone (the footer names it);
  // config.js has no time-zone setting (dateFormat only takes moment format strings and the
  // bundle has no moment-timezone), so the office PCs' Asia/Shanghai zone is what pins it.
  // zh-CN.json carries Chinese month/weekday names and formats (its dateLocales block).
  // ---------------------------------------------------------------------------------------------
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },

  // No first-login box: it advertises the Camunda distribution, and to decide whether to show it
  // the login page asks for /camunda-welcome, which this application does not serve (a 404 and a
  // console error on every login).
  disableWelcomeMessage: true,

  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'cockpit' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // 'locales': {
  //   'availableLocales': ['en', 'de'],
  //   'fallbackLocale': 'en'
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
