<?xml version="1.0" encoding="UTF-8"?>
<!--
  Canonical envelope -> Samsat InquiryPKB (connectors/samsat/samsat-pkb.wsdl). The envelope arrives
  as XPath 3.1's XML form of JSON (protocol.soap.JsonXml): map[@key='data']/string[@key='plateNumber'].
  nikPemohon lets the host show the owner's full name to the owner only; kodeKanal is the counter's site.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    exclude-result-prefixes="#all">
  <xsl:output method="xml" omit-xml-declaration="yes" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key='data']"/>
    <pkb:InquiryPKBRequest>
      <pkb:nomorPolisi><xsl:value-of select="$data/string[@key='plateNumber']"/></pkb:nomorPolisi>
      <pkb:nikPemohon><xsl:value-of select="map[@key='citizen']/string[@key='nik']"/></pkb:nikPemohon>
      <xsl:for-each select="$data/string[@key='chassisSuffix']">
        <pkb:nomorRangka5><xsl:value-of select="."/></pkb:nomorRangka5>
      </xsl:for-each>
      <pkb:kodeKanal><xsl:value-of select="(map[@key='caller']/string[@key='site'], map[@key='caller']/string[@key='clientId'], 'mpp-hub')[1]"/></pkb:kodeKanal>
    </pkb:InquiryPKBRequest>
  </xsl:template>
</xsl:stylesheet>
