<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape><#else>${config.site_title}</#if></title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="keywords" content="<#list config.site_keywords as k>${k}<#sep>, </#list>">
    <meta name="generator" content="JBake">
    <#if content?? && content.og??>
    <meta property="og:description" content="${content.og.description}"/>
    </#if>
    <link href="<#if (content.rootpath)??>${content.rootpath}<#else></#if>css/base.css" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="${content.rootpath}${config.feed_file}">
  </head>
  <body>
    <div id="wrap">
