<?xml version="1.0" encoding="UTF-8"?>
<!--
  Canonical envelope -> Samsat PengesahanSTNK (annual STNK endorsement). idPermohonan carries the
  hub's request id: the host deduplicates on it, so a redelivery after a crash never endorses twice.
  pemohonPemilik is false when a proxy (kuasa) brings the STNK; nikPemohon is then the proxy's NIK.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    exclude-result-prefixes="#all">
  <xsl:output method="xml" omit-xml-declaration="yes" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key='data']"/>
    <pkb:PengesahanSTNKRequest>
      <pkb:idPermohonan><xsl:value-of select="string[@key='requestId']"/></pkb:idPermohonan>
      <pkb:nomorPolisi><xsl:value-of select="$data/string[@key='plateNumber']"/></pkb:nomorPolisi>
      <pkb:nomorRangka><xsl:value-of select="$data/string[@key='chassisNumber']"/></pkb:nomorRangka>
      <pkb:ntpd><xsl:value-of select="$data/string[@key='ntpd']"/></pkb:ntpd>
      <pkb:nikPemohon><xsl:value-of select="map[@key='citizen']/string[@key='nik']"/></pkb:nikPemohon>
      <pkb:pemohonPemilik><xsl:value-of select="($data/boolean[@key='ownerIsApplicant'], 'true')[1]"/></pkb:pemohonPemilik>
      <pkb:kodeKanal><xsl:value-of select="(map[@key='caller']/string[@key='site'], map[@key='caller']/string[@key='clientId'], 'mpp-hub')[1]"/></pkb:kodeKanal>
    </pkb:PengesahanSTNKRequest>
  </xsl:template>
</xsl:stylesheet>
