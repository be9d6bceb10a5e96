<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by every Samsat response mapping (included, not a mapping of its own): SOAP faults and
  answers nobody expects. A WS-Security fault (wsse:* code) means the hub's credentials were
  refused: AUTH_FAILED. Any other fault is AGENCY_ERROR: soapenv:Client says the hub's message
  was refused (a connector defect), soapenv:Server that the host failed.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:samsat="urn:mpp-hub:mappings:samsat"
    exclude-result-prefixes="#all">

  <xsl:variable name="samsat:wsse"
      select="'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd'"/>

  <xsl:template match="/soapenv:Fault">
    <xsl:variable name="raw" select="normalize-space(faultcode)"/>
    <xsl:variable name="namespace"
        select="if (contains($raw, ':')) then string(namespace-uri-for-prefix(substring-before($raw, ':'), faultcode)) else ''"/>
    <xsl:variable name="code" select="if (contains($raw, ':')) then substring-after($raw, ':') else $raw"/>
    <xsl:variable name="text" select="$code || ': ' || normalize-space(faultstring)"/>
    <xsl:sequence select="
        if ($namespace = $samsat:wsse)
        then map{'outcome': 'AUTH_FAILED', 'reason': 'WS-Security ' || $text}
        else if ($code = 'Client')
        then map{'outcome': 'AGENCY_ERROR', 'reason': 'SOAP fault (the hub''s message was refused) ' || $text}
        else map{'outcome': 'AGENCY_ERROR', 'reason': 'SOAP fault ' || $text}"/>
  </xsl:template>

  <xsl:template match="/*" priority="-1">
    <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'unexpected answer ' || local-name()}"/>
  </xsl:template>

  <!-- "DATA TIDAK DITEMUKAN (kode 14)": the host's words and code, for the clerk and for support. -->
  <xsl:function name="samsat:reason" as="xs:string">
    <xsl:param name="answer" as="element()"/>
    <xsl:sequence select="normalize-space($answer/*:pesanRespon) || ' (kode ' || normalize-space($answer/*:kodeRespon) || ')'"/>
  </xsl:function>
</xsl:stylesheet>
